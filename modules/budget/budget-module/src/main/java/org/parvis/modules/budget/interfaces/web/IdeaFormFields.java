package org.parvis.modules.budget.interfaces.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.interfaces.rest.IdeaResource.IdeaBody;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;

/**
 * The idea form's fields as the API's {@link IdeaBody} (checked by the same constraints), and a
 * refused submission said in the reader's language, naming the fields to correct.
 */
final class IdeaFormFields {

  private static final String INVALID = "urn:parvis:problem:invalid-request";

  private IdeaFormFields() {}

  /**
   * The body typed, checked by the API's constraints; a field that is not a number (or an id)
   * where one is expected is refused with them, so that the refusal names every field to correct.
   */
  static IdeaBody body(Map<String, String> typed, BodyValidator edge) {
    List<Map<String, String>> errors = new ArrayList<>();
    UUID envelope = parse(typed, "envelope", UUID::fromString, errors);
    Long cost = parse(typed, "estimatedCost", PlainNumbers::whole, errors);
    Double latitude = parse(typed, "latitude", PlainNumbers::coordinate, errors);
    Double longitude = parse(typed, "longitude", PlainNumbers::coordinate, errors);
    if (cost == null && errors.stream().noneMatch(e -> e.get("field").equals("estimatedCost"))) {
      errors.add(Map.of("field", "estimatedCost", "message", "is required"));
    }
    var body = new IdeaBody(envelope, typed.get("title"), typed.get("description"),
        typed.get("category"), latitude, longitude, cost == null ? 0 : cost);
    try {
      edge.check(body);
    } catch (ProblemException invalid) {
      if (invalid.extensions().get("errors") instanceof List<?> more) {
        more.stream().filter(Map.class::isInstance)
            .map(e -> (Map<?, ?>) e)
            .forEach(e -> errors.add(Map.of("field", String.valueOf(e.get("field")),
                "message", String.valueOf(e.get("message")))));
      } else {
        throw invalid;
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(INVALID, "Invalid idea", errors);
    }
    return body;
  }

  static Refusal refusal(ProblemException refused, BudgetMessages m) {
    return switch (refused.status()) {
      case 401, 403 -> Refusal.of(m.get("budget.idea.signIn"));
      case 409 -> Refusal.of(m.get("budget.idea.closed"));
      case 400, 422 -> Refusal.of(m.get("budget.idea.invalid", fields(refused, m)));
      default -> Refusal.of(m.get("budget.idea.refused"));
    };
  }

  /** The labels of the refused fields, in the form's order. */
  private static String fields(ProblemException refused, BudgetMessages m) {
    Set<String> named = new LinkedHashSet<>();
    if (refused.extensions().get("errors") instanceof List<?> errors) {
      for (Object error : errors) {
        if (error instanceof Map<?, ?> e && e.get("field") instanceof String field) {
          named.add(field.replaceFirst("^.*\\.", "").replace("envelopeId", "envelope"));
        }
      }
    }
    return List.of("envelope", "title", "description", "category", "estimatedCost", "latitude",
            "longitude").stream()
        .filter(named::contains)
        .map(field -> m.get("budget.idea." + field))
        .collect(Collectors.joining(", "));
  }

  private static <T> T parse(Map<String, String> typed, String field,
      java.util.function.Function<String, T> parser, List<Map<String, String>> errors) {
    String text = typed.get(field);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(text.replace(',', '.'));
    } catch (IllegalArgumentException e) {
      errors.add(Map.of("field", field, "message", "is not valid"));
      return null;
    }
  }
}
