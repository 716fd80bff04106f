package org.parvis.core.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.web.json.WholeNumberFields.Refusal;

class WholeNumberFieldsTest {

  record Envelope(String name, long amount, Integer position, double share) {}

  record Body(int count, Long cost, Map<UUID, Long> points, List<Envelope> envelopes,
      short[] small, Optional<Long> maybe) {}

  static class Bean {
    long total;
  }

  private static Optional<Refusal> check(String json, Type type) {
    return WholeNumberFields.check(Json.createReader(new StringReader(json)).readValue(), type);
  }

  private static Optional<Refusal> refusal(String field, String message) {
    return Optional.of(new Refusal(field, message));
  }

  @Test
  void whole_numbers_in_range_pass() {
    assertEquals(Optional.empty(), check("""
        {"count": 3, "cost": 9223372036854775807, "points": {"%s": 2},
         "envelopes": [{"name": "x", "amount": 10, "position": 1, "share": 0.5}],
         "small": [1, -2], "maybe": 4, "unknown": 1.5}""".formatted(UUID.randomUUID()),
        Body.class));
    assertEquals(Optional.empty(), check("{\"count\": 2.0}", Body.class),
        "2.0 is the whole number 2");
  }

  @Test
  void a_fraction_in_a_whole_number_field_is_refused_naming_the_field() {
    assertEquals(refusal("count", "must be a whole number"), check("{\"count\": 1.5}", Body.class));
    assertEquals(refusal("cost", "must be a whole number"), check("{\"cost\": 0.5}", Body.class));
    UUID project = UUID.randomUUID();
    assertEquals(refusal("points." + project, "must be a whole number"),
        check("{\"points\": {\"" + project + "\": 2.5}}", Body.class));
    assertEquals(refusal("envelopes[1].amount", "must be a whole number"),
        check("{\"envelopes\": [{\"amount\": 1}, {\"amount\": 1.5}]}", Body.class));
    assertEquals(refusal("small[0]", "must be a whole number"), check("{\"small\": [1.5]}", Body.class));
    assertEquals(refusal("maybe", "must be a whole number"), check("{\"maybe\": 1.5}", Body.class));
    assertEquals(refusal("total", "must be a whole number"), check("{\"total\": 1.5}", Bean.class));
    assertEquals(refusal("count", "must be a whole number"),
        check("{\"count\": 1e-300000000}", Body.class));
  }

  @Test
  void a_number_out_of_the_field_range_is_refused() {
    assertEquals(refusal("cost", "is out of range"),
        check("{\"cost\": 9223372036854775808}", Body.class));
    assertEquals(refusal("count", "is out of range"), check("{\"count\": 2147483648}", Body.class));
    assertEquals(refusal("cost", "is out of range"), check("{\"cost\": 1e300000000}", Body.class));
    assertEquals(refusal("small[0]", "is out of range"), check("{\"small\": [40000]}", Body.class));
  }

  @Test
  void fractions_in_decimal_fields_and_untyped_bodies_are_left_alone() {
    assertEquals(Optional.empty(), check("{\"envelopes\": [{\"share\": 0.25}]}", Body.class));
    assertEquals(Optional.empty(), check("{\"a\": 1.5}", Map.class));
    assertEquals(Optional.empty(), check("[1.5]", String.class));
  }
}
