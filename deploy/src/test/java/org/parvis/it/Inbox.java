package org.parvis.it;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parvis.testsupport.IntegrationServices;

/**
 * The emails the shared GreenMail server received for one address (other test classes use the
 * same server: never purge it, filter by a recipient unique to the test).
 */
record Inbox(String address) {

  /** Waits until at least {@code count} emails arrived for the address (20 s at most). */
  List<Mail> await(int count) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<Mail> mails = mails();
    while (mails.size() < count && System.nanoTime() < deadline) {
      sleep(200);
      mails = mails();
    }
    if (mails.size() < count) {
      fail("Expected " + count + " emails to " + address + ", got " + mails);
    }
    return mails;
  }

  /** The emails received so far, in arrival order. */
  List<Mail> mails() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : IntegrationServices.mail().getReceivedMessages()) {
      try {
        var recipients = message.getRecipients(Message.RecipientType.TO);
        if (recipients != null && Arrays.stream(recipients)
            .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
          mails.add(Mail.of(message));
        }
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  /** The first email whose subject contains {@code fragment}, waiting for it (20 s at most). */
  Mail awaitSubject(String fragment) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<Mail> found = withSubject(fragment);
    while (found.isEmpty() && System.nanoTime() < deadline) {
      sleep(200);
      found = withSubject(fragment);
    }
    if (found.isEmpty()) {
      fail("No email to " + address + " with a subject containing '" + fragment + "': " + mails());
    }
    return found.get(0);
  }

  /** Emails whose subject contains {@code fragment}. */
  List<Mail> withSubject(String fragment) {
    return mails().stream().filter(m -> m.subject().contains(fragment)).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An email's subject, plain text and calendar attachment (if any). */
  record Mail(String subject, String text, Optional<String> calendar) {

    static Mail of(MimeMessage message) throws MessagingException, IOException {
      StringBuilder text = new StringBuilder();
      String[] calendar = {null};
      collect(message.getContent(), message.getContentType(), text, calendar);
      return new Mail(message.getSubject(), text.toString(), Optional.ofNullable(calendar[0]));
    }

    private static void collect(Object content, String type, StringBuilder text, String[] calendar)
        throws MessagingException, IOException {
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          collect(part.getContent(), part.getContentType(), text, calendar);
        }
      } else if (type.toLowerCase().startsWith("text/calendar")) {
        calendar[0] = content instanceof InputStream in ? read(in) : content.toString();
      } else if (content instanceof String s) {
        text.append(s);
      } else if (content instanceof InputStream in && type.toLowerCase().contains("calendar")) {
        calendar[0] = read(in);
      }
    }

    private static String read(InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }

    /** The calendar's content lines, unfolded (RFC 5545 §3.1): "NAME" → value of the first. */
    Optional<String> calendarProperty(String name) {
      return calendar.flatMap(ics -> ics.replace("\r\n ", "").lines()
          .filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
          .map(line -> line.substring(line.indexOf(':') + 1))
          .findFirst());
    }
  }
}
