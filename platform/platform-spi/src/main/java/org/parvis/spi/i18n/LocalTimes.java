package org.parvis.spi.i18n;

import static org.parvis.spi.web.Html.escape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Instants and days as a tenant's residents read them: on the tenant's clocks ({@code TenantRef.zone()}) and in the
 * page's language (e.g. {@link Texts#locale()}), never in UTC. The HTML forms wrap the text in a {@code <time>}
 * element whose {@code datetime} keeps the exact, machine-readable value with its offset.
 */
public final class LocalTimes {

  private LocalTimes() {}

  /** The day and time, e.g. {@code "24 nov. 2026, 08:00"} in French, {@code "Nov 24, 2026, 8:00 AM"} in English. */
  public static String dateTime(Instant at, ZoneId zone, Locale locale) {
    return firstOfMonth(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).format(at.atZone(zone)), at.atZone(zone).getDayOfMonth(), locale);
  }

  /** The time of day on the tenant's clocks, e.g. {@code "08:00"} in French, {@code "8:00 AM"} in English. */
  public static String time(Instant at, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
  }

  /** The day on the tenant's clocks, e.g. {@code "24 novembre 2026"} / {@code "November 24, 2026"}. */
  public static String day(Instant at, ZoneId zone, Locale locale) {
    return day(at.atZone(zone).toLocalDate(), locale);
  }

  /**
   * The day on the tenant's clocks with its weekday, for appointments people plan a week around, e.g. {@code "mardi
   * 24 novembre 2026"} / {@code "Tuesday, November 24, 2026"}.
   */
  public static String dayWithWeekday(Instant at, ZoneId zone, Locale locale) {
    return firstOfMonth(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(at.atZone(zone)),
        at.atZone(zone).getDayOfMonth(), locale);
  }

  /** A calendar day, e.g. {@code "24 novembre 2026"} / {@code "November 24, 2026"}. */
  public static String day(LocalDate day, Locale locale) {
    return firstOfMonth(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day),
        day.getDayOfMonth(), locale);
  }

  /** French writes the first day of a month as an ordinal: "1er décembre 2026", "mardi 1er décembre 2026". */
  private static String firstOfMonth(String formatted, int dayOfMonth, Locale locale) {
    if (dayOfMonth != 1 || !"fr".equals(locale.getLanguage())) {
      return formatted;
    }
    return formatted.replaceFirst("(^|\\s)1(?=\\s)", "$11er");
  }

  /** {@link #dateTime} in a {@code <time>} element (to the minute, with the zone's offset). */
  public static String dateTimeHtml(Instant at, ZoneId zone, Locale locale) {
    return "<time datetime=\"" + at.atZone(zone).truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime() + "\">"
        + escape(dateTime(at, zone, locale)) + "</time>";
  }

  /** {@link #day(LocalDate, Locale)} in a {@code <time>} element. */
  public static String dayHtml(LocalDate day, Locale locale) {
    return "<time datetime=\"" + day + "\">" + escape(day(day, locale)) + "</time>";
  }
}
