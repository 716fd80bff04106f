package org.parvis.spi.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

  private static final Instant WINTER_EVENING_UTC = Instant.parse("2026-11-30T23:30:00Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId MARTINIQUE = ZoneId.of("America/Martinique");

  @Test
  void anInstantIsShownOnTheTenantsClocksInFrench() {
    assertDayAndTime("1er déc. 2026", "00:30", LocalTimes.dateTime(WINTER_EVENING_UTC, PARIS, Locale.FRENCH));
    assertDayAndTime("30 nov. 2026", "19:30",
        LocalTimes.dateTime(WINTER_EVENING_UTC, MARTINIQUE, Locale.FRENCH));
  }

  @Test
  void onlyTheFirstOfAMonthIsAnOrdinalInFrench() {
    assertEquals("11 décembre 2026", LocalTimes.day(LocalDate.of(2026, 12, 11), Locale.FRENCH));
    assertEquals("21 janvier 2027", LocalTimes.day(LocalDate.of(2027, 1, 21), Locale.FRENCH));
    assertEquals("1er janvier 2027", LocalTimes.day(LocalDate.of(2027, 1, 1), Locale.FRENCH));
    assertEquals("January 1, 2027", LocalTimes.day(LocalDate.of(2027, 1, 1), Locale.ENGLISH));
  }

  @Test
  void theDayIsTheTenantsDayNotTheUtcOne() {
    assertEquals("1er décembre 2026", LocalTimes.day(WINTER_EVENING_UTC, PARIS, Locale.FRENCH));
    assertEquals("November 30, 2026", LocalTimes.day(WINTER_EVENING_UTC, MARTINIQUE, Locale.ENGLISH));
  }

  @Test
  void theWeekdayIsTheTenantsWeekday() {
    assertEquals("mardi 1er décembre 2026", LocalTimes.dayWithWeekday(WINTER_EVENING_UTC, PARIS, Locale.FRENCH));
    assertEquals("Monday, November 30, 2026",
        LocalTimes.dayWithWeekday(WINTER_EVENING_UTC, MARTINIQUE, Locale.ENGLISH));
  }

  @Test
  void theTimeOfDayIsOnTheTenantsClocks() {
    assertEquals("00:30", LocalTimes.time(WINTER_EVENING_UTC, PARIS, Locale.FRENCH));
    assertEquals("7:30 PM",
        LocalTimes.time(WINTER_EVENING_UTC, MARTINIQUE, Locale.ENGLISH).replace('\u202f', ' '));
  }

  @Test
  void theTimeElementKeepsTheExactInstantWithItsOffset() {
    String html = LocalTimes.dateTimeHtml(WINTER_EVENING_UTC, PARIS, Locale.FRENCH);
    assertTrue(html.startsWith("<time datetime=\"2026-12-01T00:30+01:00\">1er déc. 2026"), html);
    assertTrue(html.endsWith("00:30</time>"), html);
    assertEquals("<time datetime=\"2026-07-14\">July 14, 2026</time>",
        LocalTimes.dayHtml(LocalDate.of(2026, 7, 14), Locale.ENGLISH));
  }

  @Test
  void englishPagesUseEnglishMonthNames() {
    String text = LocalTimes.dateTime(WINTER_EVENING_UTC, PARIS, Locale.ENGLISH).replace('\u202f', ' ');
    assertDayAndTime("Dec 1, 2026", "12:30 AM", text);
  }

  /** The JDK's locale data decides the separator between day and time (a comma or not, by version). */
  private static void assertDayAndTime(String day, String time, String text) {
    assertTrue(text.startsWith(day) && text.endsWith(time), text);
  }
}
