package org.parvis.modules.budget.domain;

/**
 * Amounts of the participatory budget (envelopes, project costs) are whole euros between 0 and
 * {@link #MAX}: one thousand billion, above any commune's budget, and small enough that the sum
 * of a million such amounts still fits in a {@code long}. Larger amounts are refused at the edge
 * (a 400 naming the field) and by the aggregates.
 */
public final class Money {

  /** The largest amount accepted, in euros: 10^12. */
  public static final long MAX = 1_000_000_000_000L;

  private Money() {}

  /** Whether {@code amount} is an amount Parvis accepts. */
  public static boolean valid(long amount) {
    return amount >= 0 && amount <= MAX;
  }

  /** {@code amount}, or an exception naming {@code what} when it is negative or above the cap. */
  public static long require(long amount, String what) {
    if (!valid(amount)) {
      throw new IllegalArgumentException(what + " must be between 0 and " + MAX);
    }
    return amount;
  }
}
