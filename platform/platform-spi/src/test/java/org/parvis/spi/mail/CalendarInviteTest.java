package org.parvis.spi.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarInviteTest {

  private static final Instant START = Instant.parse("2026-12-05T08:30:00Z");

  private static CalendarInvite invite(CalendarInvite.Method method, String summary, String location) {
    return new CalendarInvite(method, "shift-1@grenoble.example", 2, START,
        START.plusSeconds(3 * 3600), summary, location, "Line one\nline two", "mairie@grenoble.example",
        "https://grenoble.example/worksites/1");
  }

  @Test
  void writesTimesInUtcAndTheMethod() {
    String ics = invite(CalendarInvite.Method.REQUEST, "Clear the path", "Parc Paul Mistral").toICalendar();
    assertTrue(ics.contains("\r\nMETHOD:REQUEST\r\n"), ics);
    assertTrue(ics.contains("\r\nDTSTART:20261205T083000Z\r\n"), ics);
    assertTrue(ics.contains("\r\nDTEND:20261205T113000Z\r\n"), ics);
    assertTrue(ics.contains("\r\nSEQUENCE:2\r\n"), ics);
    assertTrue(ics.contains("\r\nSTATUS:CONFIRMED\r\n"), ics);
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
  }

  @Test
  void cancellationIsMarkedCancelled() {
    String ics = invite(CalendarInvite.Method.CANCEL, "Clear the path", null).toICalendar();
    assertTrue(ics.contains("\r\nMETHOD:CANCEL\r\n") && ics.contains("\r\nSTATUS:CANCELLED\r\n"), ics);
    assertTrue(!ics.contains("LOCATION:"), ics);
  }

  @Test
  void escapesTextValues() {
    String ics = invite(CalendarInvite.Method.REQUEST, "Paint; the wall, again\\", "Rue A, 3").toICalendar();
    assertTrue(ics.contains("SUMMARY:Paint\\; the wall\\, again\\\\\r\n"), ics);
    assertTrue(ics.contains("LOCATION:Rue A\\, 3\r\n"), ics);
    assertTrue(ics.contains("DESCRIPTION:Line one\\nline two\r\n"), ics);
  }

  @Test
  void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
    String summary = "Désherbage du jardin partagé de l'Île Verte — ".repeat(5);
    String ics = invite(CalendarInvite.Method.REQUEST, summary, "x").toICalendar();
    for (String physical : ics.split("\r\n")) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("SUMMARY:" + CalendarInvite.text(summary) + "\r\n"), unfolded);
  }

  @Test
  void refusesAnEventThatEndsBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> new CalendarInvite(
        CalendarInvite.Method.REQUEST, "u", 0, START, START, "s", null, null, "a@b.org", null));
  }

  @Test
  void attachmentIsACalendarFile() {
    MailAttachment attachment = invite(CalendarInvite.Method.REQUEST, "s", "l").toAttachment();
    assertEquals("invite.ics", attachment.filename());
    assertTrue(attachment.contentType().startsWith("text/calendar"));
    assertTrue(new String(attachment.content(), StandardCharsets.UTF_8).contains("BEGIN:VEVENT"));
  }

  @Test
  void messageNeutralisesHeaderInjectionAndRefusesNonAddresses() {
    assertEquals("Hi Bcc: x@y.org", MailMessage.of("a@b.org", "Hi\r\nBcc: x@y.org", "t").subject());
    assertThrows(IllegalArgumentException.class, () -> MailMessage.of("a@b.org, c@d.org", "Hi", "t"));
    assertThrows(IllegalArgumentException.class, () -> MailMessage.of("nobody", "Hi", "t"));
    assertEquals(1, MailMessage.of("a@b.org", "Hi", "t").with(
        new MailAttachment("a.txt", "text/plain", new byte[] {1})).attachments().size());
    byte[] content = {1, 2};
    MailAttachment attachment = new MailAttachment("a.bin", "application/octet-stream", content);
    content[0] = 9;
    assertTrue(Arrays.equals(new byte[] {1, 2}, attachment.content()));
  }
}
