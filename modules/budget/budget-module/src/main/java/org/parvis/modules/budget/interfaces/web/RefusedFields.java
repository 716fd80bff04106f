package org.parvis.modules.budget.interfaces.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parvis.spi.problem.ProblemException;

/**
 * The fields a refused form must correct, from an invalid-request problem's {@code errors}, said
 * with the form's own labels: staff read which part of the form to fix, never a field path.
 */
final class RefusedFields {

  private RefusedFields() {}

  /**
   * The labels of the refused fields' groups, in the form's order, joined with commas.
   *
   * @param groupOf the form group of a field, by the first segment of its path
   *     ({@code ballot.maxChoices} → {@code ballot}); null when the form has no such group
   * @param order the form's groups, in the order the form shows them
   * @param label the label of a group
   */
  static String labels(ProblemException refused, Function<String, String> groupOf,
      List<String> order, Function<String, String> label) {
    Set<String> named = new LinkedHashSet<>();
    if (refused.extensions().get("errors") instanceof List<?> errors) {
      for (Object error : errors) {
        if (error instanceof Map<?, ?> e && e.get("field") instanceof String field) {
          String group = groupOf.apply(field.split("[.\\[]", 2)[0]);
          if (group != null) {
            named.add(group);
          }
        }
      }
    }
    List<String> shown = order.stream().filter(named::contains).toList();
    return (shown.isEmpty() ? order : shown).stream().map(label)
        .collect(Collectors.joining(", "));
  }
}
