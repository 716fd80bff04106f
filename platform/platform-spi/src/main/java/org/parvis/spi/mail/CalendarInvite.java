package org.parvis.spi.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An iCalendar (RFC 5545) event, to attach to an invitation so that the recipient's calendar
 * adds it, moves it (same {@code uid}, higher {@code sequence}) or removes it ({@link
 * Method#CANCEL}). Times are written in UTC, which every calendar converts to local time.
 *
 * @param uid stable and unique per event, e.g. {@code meeting-<uuid>@<tenant host>}
 * @param sequence 0 for the first invitation, increased on each change
 * @param organizer an email address shown as the organizer (required by most calendars for
 *     invitations)
 * @param url an optional link to the event's page, {@code null} if none
 */
public record CalendarInvite(
    Method method,
    String uid,
    int sequence,
    Instant start,
    Instant end,
    String summary,
    String location,
    String description,
    String organizer,
    String url) {

  /** Whether the event is announced or called off. */
  public enum Method { REQUEST, CANCEL }

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  public CalendarInvite {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(organizer, "organizer");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("An event ends after it starts");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence >= 0");
    }
  }

  /** The event as an iCalendar object (CRLF line ends, folded at 75 octets). */
  public String toICalendar() {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Parvis//Parvis//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:" + method);
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(uid));
    line(out, "SEQUENCE:" + sequence);
    line(out, "DTSTAMP:" + UTC.format(Instant.now()));
    line(out, "DTSTART:" + UTC.format(start));
    line(out, "DTEND:" + UTC.format(end));
    line(out, "SUMMARY:" + text(summary));
    if (location != null && !location.isBlank()) {
      line(out, "LOCATION:" + text(location));
    }
    if (description != null && !description.isBlank()) {
      line(out, "DESCRIPTION:" + text(description));
    }
    if (url != null && !url.isBlank()) {
      line(out, "URL:" + url.strip());
    }
    line(out, "ORGANIZER:mailto:" + organizer);
    line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** The event as an {@code invite.ics} attachment. */
  public MailAttachment toAttachment() {
    return new MailAttachment("invite.ics",
        "text/calendar; charset=UTF-8; method=" + method,
        toICalendar().getBytes(StandardCharsets.UTF_8));
  }

  /** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** Appends a content line, folded so that no physical line exceeds 75 octets of UTF-8. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
