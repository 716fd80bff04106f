package org.parvis.it;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parvis.testsupport.Mailbox;

/**
 * The worksites ITs' view of one address's emails on the shared GreenMail server (through the
 * platform's {@link Mailbox}): subject, text and the calendar invitation, with its properties.
 */
record Inbox(String address) {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** The first email whose subject contains {@code fragment}, waiting for it. */
  Mail awaitSubject(String fragment) {
    return Mail.of(Mailbox.of(address).awaitSubject(fragment, WAIT));
  }

  /** Emails received so far whose subject contains {@code fragment}. */
  List<Mail> withSubject(String fragment) {
    return mails().stream().filter(m -> m.subject().contains(fragment)).toList();
  }

  List<Mail> mails() {
    return Mailbox.of(address).messages().stream().map(Mail::of).toList();
  }

  /** An email's subject, plain text and {@code invite.ics} attachment (if any). */
  record Mail(String subject, String text, Optional<String> calendar) {

    static Mail of(MimeMessage message) {
      return new Mail(Mailbox.subject(message), Mailbox.text(message),
          Mailbox.attachment(message, "invite.ics"));
    }

    /** The value of the calendar's first {@code name} property, lines unfolded (RFC 5545 §3.1). */
    Optional<String> calendarProperty(String name) {
      return calendar.flatMap(ics -> ics.replace("\r\n ", "").lines()
          .filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
          .map(line -> line.substring(line.indexOf(':') + 1))
          .findFirst());
    }
  }
}
