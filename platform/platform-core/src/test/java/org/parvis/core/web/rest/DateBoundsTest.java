package org.parvis.core.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

  record Shift(LocalDate day, Instant endsAt) {}

  record Batch(String name, List<Shift> shifts, Map<String, LocalDate> birthDates) {}

  @Test
  void datesWithinYearsOneTo9999Pass() {
    var batch = new Batch("ok", List.of(new Shift(LocalDate.of(1, 1, 1),
        Instant.parse("9999-12-31T00:00:00Z"))), Map.of("a", LocalDate.of(1990, 5, 12)));
    assertEquals(List.of(), DateBounds.violations(batch));
  }

  @Test
  void everyDateOutOfRangeIsNamedWhereverItIs() {
    var batch = new Batch("far", List.of(
        new Shift(LocalDate.of(2026, 1, 1), Instant.parse("+10000-01-01T00:00:00Z")),
        new Shift(LocalDate.of(0, 1, 1), null)),
        Map.of("camille", LocalDate.of(-44, 3, 15)));
    var fields = DateBounds.violations(batch).stream().map(e -> e.get("field")).sorted().toList();
    assertEquals(List.of("birthDates.camille", "shifts[0].endsAt", "shifts[1].day"), fields);
  }

  @Test
  void aBareDateIsCheckedToo() {
    assertEquals("body", DateBounds.violations(LocalDate.of(12000, 1, 1)).get(0).get("field"));
  }
}
