package org.parvis.modules.convention.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parvis.sortition.Person;
import org.parvis.sortition.Quotas;
import org.parvis.sortition.QuotaValue;
import org.parvis.sortition.SortitionProblem;

/**
 * The sortition library's view of a convention: its quotas, its pool (by public number, with the
 * answers only) and its panel size; and the two public CSV files from which anyone rebuilds the
 * very same problem ({@code feature,value,min,max} quotas and an {@code id,<category>…} pool).
 */
public final class PoolProblem {

  private PoolProblem() {}

  public static SortitionProblem of(QuotaPlan plan, int panelSize, List<Volunteer> pool) {
    Quotas quotas = quotas(plan);
    List<Person> people = new ArrayList<>();
    List<String> categories = quotas.categories();
    for (Volunteer v : pool) {
      Map<String, String> answers = v.answers();
      int[] values = new int[categories.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = quotas.valueIndex(c, answers.get(categories.get(c)));
      }
      people.add(new Person(v.publicId(), values, null));
    }
    return new SortitionProblem(quotas, people, panelSize);
  }

  public static Quotas quotas(QuotaPlan plan) {
    return new Quotas(plan.bands().stream()
        .map(b -> new QuotaValue(b.category(), b.value(), b.min(), b.max()))
        .toList());
  }

  /** The quotas file: {@code feature,value,min,max}. */
  public static String quotasCsv(QuotaPlan plan) {
    StringBuilder s = new StringBuilder("feature,value,min,max\n");
    for (QuotaBand b : plan.bands()) {
      s.append(b.category()).append(',').append(b.value()).append(',').append(b.min())
          .append(',').append(b.max()).append('\n');
    }
    return s.toString();
  }

  /** The pool file: public number and answers, nothing else, in pool order. */
  public static String poolCsv(QuotaPlan plan, List<Volunteer> pool) {
    List<String> categories = List.copyOf(plan.byCategory().keySet());
    StringBuilder s = new StringBuilder("id");
    categories.forEach(c -> s.append(',').append(c));
    s.append('\n');
    for (Volunteer v : pool) {
      s.append(v.publicId());
      Map<String, String> answers = v.answers();
      categories.forEach(c -> s.append(',').append(answers.get(c)));
      s.append('\n');
    }
    return s.toString();
  }
}
