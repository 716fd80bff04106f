package org.parvis.core.web.rest;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Dates a request body may carry: years 1 to 9999, what PostgreSQL and every page can hold and
 * show. Walks a body's records, lists and maps and names each field out of range.
 */
final class DateBounds {

  static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;
  private static final int MAX_DEPTH = 8;

  private DateBounds() {}

  static List<Map<String, String>> violations(Object body) {
    List<Map<String, String>> errors = new ArrayList<>();
    walk(body, "", errors, 0);
    return errors;
  }

  private static void walk(Object value, String field, List<Map<String, String>> errors, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof TemporalAccessor temporal) {
      Integer year = year(temporal);
      if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
        errors.add(Map.of("field", field.isEmpty() ? "body" : field,
            "message", "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR));
      }
    } else if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object element : list) {
        walk(element, field + "[" + i++ + "]", errors, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, join(field, String.valueOf(k)), errors, depth + 1));
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          walk(component.getAccessor().invoke(value), join(field, component.getName()), errors,
              depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // an accessor that cannot be read holds nothing to check here
        }
      }
    }
  }

  private static Integer year(TemporalAccessor temporal) {
    if (temporal instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC).getYear();
    }
    if (temporal instanceof LocalDate || temporal instanceof LocalDateTime
        || temporal instanceof OffsetDateTime || temporal instanceof ZonedDateTime
        || temporal instanceof Year) {
      return temporal.get(ChronoField.YEAR);
    }
    return null;
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
