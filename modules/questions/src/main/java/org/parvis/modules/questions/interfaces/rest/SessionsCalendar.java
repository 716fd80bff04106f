package org.parvis.modules.questions.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parvis.modules.questions.domain.CouncilSession;

/**
 * The council's sessions as an iCalendar feed (RFC 5545) that calendar applications subscribe to: one event per
 * session, times in UTC, text escaped and lines folded at 75 octets, as {@code CalendarInvite} writes one event.
 */
public final class SessionsCalendar {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  private SessionsCalendar() {}

  /**
   * The feed of {@code sessions}, named {@code name}; each event's uid is stable ({@code session-<id>@<host>}) and
   * links to {@code pageUrl}.
   */
  public static String of(String name, String summary, List<CouncilSession> sessions, String host, String pageUrl,
      Instant now) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Parvis//Parvis//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(name));
    for (CouncilSession session : sessions) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:session-" + session.id() + "@" + host);
      line(out, "DTSTAMP:" + UTC.format(now));
      line(out, "DTSTART:" + UTC.format(session.startsAt()));
      line(out, "DTEND:" + UTC.format(session.endsAt()));
      line(out, "SUMMARY:" + text(summary));
      line(out, "LOCATION:" + text(session.place()));
      line(out, "URL:" + pageUrl);
      line(out, "STATUS:CONFIRMED");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

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
