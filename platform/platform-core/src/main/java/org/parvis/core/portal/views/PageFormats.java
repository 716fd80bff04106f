package org.parvis.core.portal.views;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.parvis.spi.i18n.LocalTimes;

/**
 * Numbers, money and dates as people of the page's language read them, on the tenant's clocks: {@code 85 000 €},
 * {@code 7 décembre 2026}; read by templates as {@code fmt}. A {@code null} gives an empty text.
 */
public record PageFormats(Locale locale, ZoneId zone) {

  /** English with the euro (the United Kingdom's English would write pounds). */
  private static final Locale IRELAND = Locale.forLanguageTag("en-IE");

  /** A whole number with the language's digit grouping, e.g. {@code 12 345}. */
  public String number(Number value) {
    return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** An amount of whole euros, e.g. {@code 85 000 €} / {@code €85,000}. */
  public String euros(Number value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? IRELAND : Locale.FRANCE);
    format.setMaximumFractionDigits(0);
    return format.format(value);
  }

  /** A share as a percentage, e.g. {@code 42 %}. */
  public String percent(Number share) {
    return share == null ? "" : NumberFormat.getPercentInstance(locale).format(share.doubleValue());
  }

  /** The day of an instant on the tenant's clocks, or a calendar day. */
  public String day(Object value) {
    if (value instanceof Instant at) {
      return LocalTimes.day(at, zone, locale);
    }
    return value instanceof LocalDate day ? LocalTimes.day(day, locale) : "";
  }

  /** The day with its weekday, for appointments. */
  public String dayWithWeekday(Instant at) {
    return at == null ? "" : LocalTimes.dayWithWeekday(at, zone, locale);
  }

  /** Day and time on the tenant's clocks. */
  public String dateTime(Instant at) {
    return at == null ? "" : LocalTimes.dateTime(at, zone, locale);
  }

  /** Time of day on the tenant's clocks. */
  public String time(Instant at) {
    return at == null ? "" : LocalTimes.time(at, zone, locale);
  }

  /** The machine-readable value for a {@code <time datetime>} attribute (to the minute, with the zone's offset). */
  public String iso(Object value) {
    if (value instanceof Instant at) {
      return at.atZone(zone).truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime().toString();
    }
    return value == null ? "" : value.toString();
  }
}
