package org.parvis.modules.convention.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quotas of a convention for a panel of {@code panelSize}: per category (gender, age band,
 * district…) the values a volunteer may declare and, for each, the band of seats it must get.
 * The categories and values are exactly the questions the volunteer form asks.
 *
 * <p>A plan is consistent: each category's values can fill the panel ({@code Σ min ≤ panelSize ≤
 * Σ max}). It is stored as text, one {@code category TAB value TAB min TAB max} line per band.
 */
public record QuotaPlan(List<QuotaBand> bands) {

  private static final int MAX_LABEL = 60;

  public QuotaPlan {
    bands = List.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("At least one quota is needed");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (QuotaBand b : bands) {
      if (!seen.add(key(b.category()) + "\t" + key(b.value()))) {
        throw new IllegalArgumentException(
            "Quota " + b.category() + "/" + b.value() + " is given twice");
      }
    }
  }

  /** The most decimals a population share may have (a share is a proportion, 0.000001 is plenty). */
  public static final int MAX_SHARE_DECIMALS = 6;

  /**
   * Bands computed from the population's shares: a value with share {@code s} gets
   * {@code floor(s·k) − slack .. ceil(s·k) + slack} seats (clipped to {@code 0..k}).
   *
   * @param shares per category, per value, the share of the population in {@code [0, 1]}; each
   *     category's shares sum to 1 (± 0.01)
   * @param slack extra seats of tolerance on each side, {@code >= 0}
   */
  public static QuotaPlan fromShares(
      Map<String, Map<String, BigDecimal>> shares, int panelSize, int slack) {
    if (slack < 0) {
      throw new IllegalArgumentException("The slack cannot be negative");
    }
    List<QuotaBand> bands = new ArrayList<>();
    shares.forEach((category, values) -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (var e : values.entrySet()) {
        BigDecimal share = e.getValue();
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException(
              "Share of " + category + "/" + e.getKey() + " must be between 0 and 1");
        }
        if (share.scale() > MAX_SHARE_DECIMALS) { // 1e-300000000 would make rounding compute 10^300000000
          throw new IllegalArgumentException("Share of " + category + "/" + e.getKey()
              + " has more than " + MAX_SHARE_DECIMALS + " decimals");
        }
        sum = sum.add(share);
        BigDecimal exact = share.multiply(BigDecimal.valueOf(panelSize));
        int floor = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
        int ceil = exact.setScale(0, RoundingMode.CEILING).intValueExact();
        bands.add(new QuotaBand(category, e.getKey(), Math.max(0, floor - slack),
            Math.min(panelSize, ceil + slack)));
      }
      if (sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.01")) > 0) {
        throw new IllegalArgumentException(
            "Shares of " + category + " sum to " + sum.stripTrailingZeros().toPlainString()
                + ", not 1");
      }
    });
    return new QuotaPlan(bands);
  }

  /** Checks that every category can fill a panel of {@code panelSize}. */
  public void requireFits(int panelSize) {
    for (var e : byCategory().entrySet()) {
      int min = e.getValue().stream().mapToInt(QuotaBand::min).sum();
      int max = e.getValue().stream().mapToInt(QuotaBand::max).sum();
      if (min > panelSize || max < panelSize) {
        throw new IllegalArgumentException("The quotas of " + e.getKey() + " allow " + min + ".."
            + max + " members, not a panel of " + panelSize);
      }
    }
  }

  /** Categories in declaration order, each with its bands (the form's questions and choices). */
  public Map<String, List<QuotaBand>> byCategory() {
    Map<String, List<QuotaBand>> out = new LinkedHashMap<>();
    for (QuotaBand b : bands) {
      out.computeIfAbsent(b.category(), c -> new ArrayList<>()).add(b);
    }
    return out;
  }

  /**
   * The band a declared value belongs to, compared without case or surrounding blanks.
   *
   * @throws IllegalArgumentException naming the known values when there is none
   */
  public QuotaBand band(String category, String value) {
    List<QuotaBand> values = byCategory().entrySet().stream()
        .filter(e -> key(e.getKey()).equals(key(category)))
        .findFirst()
        .map(Map.Entry::getValue)
        .orElseThrow(() -> new IllegalArgumentException("Unknown category '" + category + "'"));
    return values.stream()
        .filter(b -> key(b.value()).equals(key(value == null ? "" : value)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown value '" + value + "' for "
            + category + " (known: "
            + String.join(", ", values.stream().map(QuotaBand::value).toList()) + ")"));
  }

  public String serialize() {
    StringBuilder s = new StringBuilder();
    for (QuotaBand b : bands) {
      s.append(b.category()).append('\t').append(b.value()).append('\t').append(b.min())
          .append('\t').append(b.max()).append('\n');
    }
    return s.toString();
  }

  public static QuotaPlan parse(String text) {
    List<QuotaBand> bands = new ArrayList<>();
    text.lines().filter(l -> !l.isEmpty()).forEach(line -> {
      String[] f = line.split("\t", -1);
      bands.add(new QuotaBand(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
    });
    return new QuotaPlan(bands);
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** A category or value name: one short line, safe in CSV and in the pool hash's text. */
  static String label(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("A quota " + what + " cannot be blank");
    }
    String t = s.strip();
    if (t.length() > MAX_LABEL || t.chars().anyMatch(c -> c < 0x20 || c == ',' || c == '"')) {
      throw new IllegalArgumentException("Quota " + what + " '" + t + "' must be at most "
          + MAX_LABEL + " characters, without commas, quotes or line breaks");
    }
    return t;
  }
}
