package org.parvis.budget.rules;

import java.util.List;

/**
 * The allocation rules Parvis offers, by their stable names: {@code greedy},
 * {@code equal-shares} and {@code phragmen}. An unknown name is an error.
 *
 * <ul>
 *   <li>{@code greedy}: {@link GreedyUtilitarian} with the given utility (completion ignored:
 *       greedy already spends all it can).
 *   <li>{@code equal-shares}: {@link EqualShares} with the given utility and completion.
 *   <li>{@code phragmen}: {@link SequentialPhragmen} (approval reading; utility and completion
 *       ignored).
 * </ul>
 */
public final class AllocationRules {
  /** The valid rule names. */
  public static final List<String> NAMES = List.of("greedy", "equal-shares", "phragmen");

  private AllocationRules() {}

  public static AllocationRule of(String name, Utility utility, Completion completion) {
    if (name == null || !NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown allocation rule '" + name + "'; valid rules: " + String.join(", ", NAMES));
    }
    return switch (name) {
      case "greedy" -> new GreedyUtilitarian(name, utility);
      case "equal-shares" -> new EqualShares(name, utility, completion, 1, false);
      default -> new SequentialPhragmen();
    };
  }
}
