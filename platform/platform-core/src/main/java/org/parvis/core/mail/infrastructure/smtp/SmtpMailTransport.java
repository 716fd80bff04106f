package org.parvis.core.mail.infrastructure.smtp;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.parvis.core.PlatformConfig;
import org.parvis.core.mail.application.MailFailure;
import org.parvis.core.mail.application.MailTransport;
import org.parvis.spi.mail.MailAttachment;
import org.parvis.spi.mail.MailMessage;

/**
 * Sends through the server's mail session {@code java:jboss/mail/parvis}, configured by the
 * provisioning CLI script (SMTP host, port, credentials and TLS from the environment). The sender
 * is {@code parvis.mail.from} with the tenant's name as display name.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

  @Resource(lookup = "java:jboss/mail/parvis")
  Session session;

  @Override
  public void send(String senderName, MailMessage message) {
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(fromAddress(), senderName, "UTF-8"));
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), "UTF-8");
      mime.setSentDate(new Date());
      mime.setHeader("Auto-Submitted", "auto-generated");
      if (message.attachments().isEmpty()) {
        mime.setText(message.text(), "UTF-8");
      } else {
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), "UTF-8");
        parts.addBodyPart(text);
        for (MailAttachment attachment : message.attachments()) {
          MimeBodyPart file = new MimeBodyPart();
          file.setDataHandler(new jakarta.activation.DataHandler(
              new ByteArrayDataSource(attachment.content(), attachment.contentType())));
          file.setFileName(attachment.filename());
          parts.addBodyPart(file);
        }
        mime.setContent(parts);
      }
      mime.saveChanges();
      Transport.send(mime);
    } catch (MessagingException e) {
      throw new MailNotSent(SmtpFailures.classify(e), describe(e), e);
    } catch (UnsupportedEncodingException e) {
      throw new MailNotSent(MailFailure.PERMANENT, describe(e), e);
    }
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String fromAddress() {
    return PlatformConfig.value("parvis.mail.from").orElse("no-reply@parvis.localhost");
  }

}
