package org.parvis.testsupport;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the test SMTP server ({@link IntegrationServices#mail()}) received for one address. Test
 * classes share the server: use addresses unique to the test, e.g. {@code TestIdentities}.
 */
public final class Mailbox {

  private final String address;

  private Mailbox(String address) {
    this.address = address;
  }

  public static Mailbox of(String address) {
    return new Mailbox(address);
  }

  /** Every message received so far for this address, oldest first. */
  public List<MimeMessage> messages() {
    return Arrays.stream(IntegrationServices.mail().getReceivedMessages())
        .filter(this::addressedHere)
        .toList();
  }

  /**
   * Waits until at least {@code count} messages arrived (mail leaves after commit, on another
   * thread) and returns all of them.
   *
   * @throws AssertionError when they do not arrive within {@code timeout}
   */
  public List<MimeMessage> await(int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> received = messages();
    while (received.size() < count && Instant.now().isBefore(deadline)) {
      sleep();
      received = messages();
    }
    if (received.size() < count) {
      throw new AssertionError("Expected " + count + " mails for " + address + " within " + timeout
          + ", got " + received.size() + subjects(received));
    }
    return received;
  }

  /** Waits for the first message whose subject contains {@code fragment}. */
  public MimeMessage awaitSubject(String fragment, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      List<MimeMessage> received = messages();
      Optional<MimeMessage> match = received.stream()
          .filter(m -> subject(m).contains(fragment))
          .findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No mail for " + address + " with a subject containing '"
            + fragment + "' within " + timeout + subjects(received));
      }
      sleep();
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text body. */
  public static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String text) {
        return text;
      }
      return firstText((Multipart) content);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The content of the attachment named {@code filename}, if any. */
  public static Optional<String> attachment(MimeMessage message, String filename) {
    try {
      if (!(message.getContent() instanceof Multipart parts)) {
        return Optional.empty();
      }
      for (int i = 0; i < parts.getCount(); i++) {
        Part part = parts.getBodyPart(i);
        if (filename.equals(part.getFileName())) {
          try (InputStream in = part.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      return Optional.empty();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstText(Multipart parts) throws MessagingException, IOException {
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain") && part.getFileName() == null) {
        return (String) part.getContent();
      }
    }
    throw new IllegalStateException("No text part");
  }

  private boolean addressedHere(MimeMessage message) {
    try {
      var recipients = message.getRecipients(Message.RecipientType.TO);
      return recipients != null && Arrays.stream(recipients)
          .anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String subjects(List<MimeMessage> received) {
    List<String> subjects = new ArrayList<>();
    received.forEach(m -> subjects.add(subject(m)));
    return received.isEmpty() ? "" : " " + subjects;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
