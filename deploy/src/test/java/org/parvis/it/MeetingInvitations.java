package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.parvis.testsupport.Mailbox;

/** Checks that an address received a council meeting invitation with its iCalendar event. */
final class MeetingInvitations {

  static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  private MeetingInvitations() {}

  /** Waits for the invitation to {@code title} and checks its calendar event; returns the mail. */
  static MimeMessage assertReceived(String address, String title, String meetingId) {
    MimeMessage invitation = Mailbox.of(address).awaitSubject(title, MAIL_WAIT);
    assertTrue(Mailbox.text(invitation).contains(title), Mailbox.text(invitation));
    String ics = Mailbox.attachment(invitation, "invite.ics")
        .orElseThrow(() -> new AssertionError("no invite.ics attached"));
    assertTrue(ics.contains("METHOD:REQUEST"), ics);
    assertTrue(ics.contains("UID:council-meeting-" + meetingId + "@"), ics);
    assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:" + title.replace(",", "\\,")), ics);
    return invitation;
  }
}
