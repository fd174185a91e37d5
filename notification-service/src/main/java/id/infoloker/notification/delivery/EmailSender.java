package id.infoloker.notification.delivery;

import id.infoloker.notification.templates.PortalProperties;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Email over SMTP (spring.mail.*); plain text, UTF-8, from the portal's name. */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final EmailProperties properties;
    private final PortalProperties portal;

    EmailSender(ObjectProvider<JavaMailSender> mail, EmailProperties properties, PortalProperties portal) {
        this.mail = mail;
        this.properties = properties;
        this.portal = portal;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), portal.name());
            helper.setTo(delivery.recipient());
            helper.setSubject(delivery.subject());
            helper.setText(delivery.body());
        } catch (jakarta.mail.MessagingException e) {
            throw new PermanentDeliveryException("Invalid email message: " + e.getClass().getSimpleName());
        }
        try {
            sender.send(message);
        } catch (MailParseException | MailPreparationException e) {
            throw new PermanentDeliveryException("Invalid email message: " + e.getClass().getSimpleName());
        }
    }
}
