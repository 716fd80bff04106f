package org.parvis.sortition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quotas: for each category (e.g. gender), its values (female, male…) with their min/max.
 * Value look-ups are case-insensitive and ignore surrounding blanks.
 */
public final class Quotas {
  private final List<String> categories = new ArrayList<>();
  private final List<List<QuotaValue>> values = new ArrayList<>();
  private final Map<String, Integer> categoryIndex = new LinkedHashMap<>();
  private final List<Map<String, Integer>> valueIndex = new ArrayList<>();

  public Quotas(List<QuotaValue> quotas) {
    for (QuotaValue q : quotas) {
      String cKey = key(q.category());
      Integer c = categoryIndex.get(cKey);
      if (c == null) {
        c = categories.size();
        categoryIndex.put(cKey, c);
        categories.add(q.category().trim());
        values.add(new ArrayList<>());
        valueIndex.add(new LinkedHashMap<>());
      }
      if (valueIndex.get(c).putIfAbsent(key(q.value()), values.get(c).size()) != null) {
        throw new IllegalArgumentException(
            "Quota " + q.category() + "/" + q.value() + " is given twice");
      }
      values.get(c).add(q);
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("No quota given");
    }
  }

  static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  public int categoryCount() {
    return categories.size();
  }

  public List<String> categories() {
    return List.copyOf(categories);
  }

  public List<QuotaValue> values(int category) {
    return List.copyOf(values.get(category));
  }

  public QuotaValue quota(int category, int value) {
    return values.get(category).get(value);
  }

  public int valueCount(int category) {
    return values.get(category).size();
  }

  /** Index of the category with this name, or -1. */
  public int categoryIndex(String name) {
    Integer i = categoryIndex.get(key(name));
    return i == null ? -1 : i;
  }

  /**
   * Index of {@code value} in {@code category}.
   *
   * @throws IllegalArgumentException naming the known values when it is unknown
   */
  public int valueIndex(int category, String value) {
    Integer i = valueIndex.get(category).get(key(value));
    if (i == null) {
      List<String> known = values.get(category).stream().map(QuotaValue::value).toList();
      throw new IllegalArgumentException(
          "Unknown value '" + value + "' for category '" + categories.get(category)
              + "' (known values: " + String.join(", ", known) + ")");
    }
    return i;
  }

  /** All quotas in declaration order. */
  public List<QuotaValue> all() {
    List<QuotaValue> all = new ArrayList<>();
    values.forEach(all::addAll);
    return all;
  }
}
