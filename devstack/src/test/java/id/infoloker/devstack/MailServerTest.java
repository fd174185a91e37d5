package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The devstack's SMTP server takes what notification-service sends and lets people and tests read it. */
class MailServerTest {

    @Test
    void anEmailSentOverSmtpCanBeReadOverImapAndFromTheDevstack() throws Exception {
        Ports ports = Ports.free();
        try (MailServer mail = MailServer.start(ports.smtp(), ports.imap())) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", String.valueOf(ports.smtp()));
            MimeMessage message = new MimeMessage(Session.getInstance(smtp));
            message.setFrom(new InternetAddress("noreply@infoloker.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("siti@example.id"));
            message.setSubject("Pendaftaran diterima", "UTF-8");
            message.setText("Halo Siti, data Anda sedang diverifikasi.", "UTF-8");
            Transport.send(message);

            assertThat(mail.received()).singleElement().satisfies(sent -> {
                assertThat(sent.to()).isEqualTo("siti@example.id");
                assertThat(sent.subject()).isEqualTo("Pendaftaran diterima");
                assertThat(sent.text()).contains("data Anda sedang diverifikasi");
            });

            Properties imap = new Properties();
            imap.put("mail.imap.host", "127.0.0.1");
            imap.put("mail.imap.port", String.valueOf(ports.imap()));
            Store store = Session.getInstance(imap).getStore("imap");
            store.connect("siti@example.id", "siti@example.id");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Pendaftaran diterima");
                inbox.close(false);
            } finally {
                store.close();
            }
        }
    }
}
