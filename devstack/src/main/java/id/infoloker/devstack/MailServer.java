package id.infoloker.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The devstack's SMTP server (GreenMail): notification-service delivers its e-mail here, so its mail health is UP and
 * nothing leaves the machine. Each recipient gets a mailbox readable over IMAP (user and password: the address), and
 * {@link #received()} lists everything for tests.
 */
public final class MailServer implements AutoCloseable {

    /** One received e-mail. */
    public record SentMail(String to, String subject, String text) {
    }

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return new MailServer(greenMail);
    }

    public List<SentMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::toSentMail).toList();
    }

    private static SentMail toSentMail(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .collect(Collectors.joining(", "));
            Object content = message.getContent();
            return new SentMail(to, message.getSubject(),
                    content instanceof String text ? text : GreenMailUtil.getBody(message));
        } catch (MessagingException | IOException e) {
            throw new DevstackException("Cannot read a received e-mail: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
