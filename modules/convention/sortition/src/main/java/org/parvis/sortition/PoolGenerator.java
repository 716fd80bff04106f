package org.parvis.sortition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic pools shaped like real calls for volunteers, for tests and benchmarks (real
 * pools are personal data and never published).
 *
 * <p>Six categories: gender, age, district, education, housing, occupation (the first
 * {@code categories} of them are used). Each value has a population share (French orders of
 * magnitude) and a self-selection factor: volunteers are drawn with probability proportional to
 * share × factor, so older, more educated, home-owning, city-centre people are over-represented,
 * as observed in practice. Occupation is drawn conditionally on age (students are young, retired
 * people old), so profiles are correlated as in real pools. Quotas bracket the population share:
 * {@code floor(s·k − d) .. ceil(s·k + d)} with {@code d = 0.15·s·k + 0.5}, the minimum lowered
 * to what the pool can supply. The same (volunteers, seats, categories, seed) always gives the
 * same pool.
 */
public final class PoolGenerator {
  private record Value(String name, double share, double bias) {}

  private record Category(String name, List<Value> values) {}

  private static final List<Category> CATEGORIES = List.of(
      new Category("gender", List.of(new Value("female", 0.515, 1.0),
          new Value("male", 0.475, 1.0), new Value("other", 0.01, 1.0))),
      new Category("age", List.of(new Value("16-29", 0.20, 0.55),
          new Value("30-44", 0.23, 0.85), new Value("45-59", 0.25, 1.1),
          new Value("60-74", 0.21, 1.6), new Value("75+", 0.11, 0.9))),
      new Category("district", List.of(new Value("centre", 0.22, 1.35),
          new Value("nord", 0.20, 0.9), new Value("sud", 0.20, 1.0),
          new Value("est", 0.13, 0.85), new Value("ouest", 0.13, 1.0),
          new Value("rural", 0.12, 0.75))),
      new Category("education", List.of(new Value("none", 0.20, 0.4),
          new Value("secondary", 0.33, 0.8), new Value("vocational", 0.20, 0.9),
          new Value("higher", 0.27, 2.1))),
      new Category("housing", List.of(new Value("owner", 0.58, 1.4),
          new Value("tenant", 0.28, 0.85), new Value("social", 0.14, 0.5))),
      new Category("occupation", List.of(new Value("employed", 0.50, 1.0),
          new Value("unemployed", 0.07, 0.6), new Value("retired", 0.27, 1.3),
          new Value("student", 0.08, 0.8), new Value("other", 0.08, 0.8))));

  /** Occupation weights per age band (rows: age values; columns: occupation values). */
  private static final double[][] OCCUPATION_BY_AGE = {
      {0.45, 0.10, 0.00, 0.40, 0.05},
      {0.80, 0.09, 0.00, 0.02, 0.09},
      {0.80, 0.08, 0.03, 0.00, 0.09},
      {0.25, 0.05, 0.62, 0.00, 0.08},
      {0.02, 0.00, 0.95, 0.00, 0.03}};

  private PoolGenerator() {}

  /** Number of categories available. */
  public static int maxCategories() {
    return CATEGORIES.size();
  }

  /** A pool of {@code volunteers} people for {@code seats} seats over all six categories. */
  public static SortitionProblem generate(int volunteers, int seats, long seed) {
    return generate(volunteers, seats, CATEGORIES.size(), seed);
  }

  /** A pool over the first {@code categories} categories (1 to 6). */
  public static SortitionProblem generate(int volunteers, int seats, int categories, long seed) {
    if (categories < 1 || categories > CATEGORIES.size()) {
      throw new IllegalArgumentException("categories must be 1.." + CATEGORIES.size());
    }
    if (volunteers < seats || seats < 1) {
      throw new IllegalArgumentException("need 1 <= seats <= volunteers");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[][] values = new int[volunteers][];
    for (int i = 0; i < volunteers; i++) {
      int[] all = new int[CATEGORIES.size()];
      for (int c = 0; c < all.length; c++) {
        List<Value> vs = CATEGORIES.get(c).values();
        double[] w = new double[vs.size()];
        for (int v = 0; v < w.length; v++) {
          w[v] = vs.get(v).share() * vs.get(v).bias();
          if (CATEGORIES.get(c).name().equals("occupation")) {
            w[v] = OCCUPATION_BY_AGE[all[1]][v] * vs.get(v).bias();
          }
        }
        all[c] = pick(w, random);
      }
      values[i] = java.util.Arrays.copyOf(all, categories);
    }
    List<QuotaValue> quotas = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      Category category = CATEGORIES.get(c);
      for (int v = 0; v < category.values().size(); v++) {
        Value value = category.values().get(v);
        int available = 0;
        for (int[] person : values) {
          available += person[c] == v ? 1 : 0;
        }
        double target = value.share() * seats;
        double d = 0.15 * target + 0.5;
        int min = Math.max(0, (int) Math.floor(target - d));
        int max = Math.min(seats, (int) Math.ceil(target + d));
        min = Math.min(min, available);
        quotas.add(new QuotaValue(category.name(), value.name(), min, Math.max(min, max)));
      }
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < volunteers; i++) {
      people.add(new Person(Integer.toString(i + 1), values[i], null));
    }
    return new SortitionProblem(new Quotas(quotas), people, seats);
  }

  private static int pick(double[] weight, SplittableRandom random) {
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int v = 0; v < weight.length; v++) {
      r -= weight[v];
      if (r < 0 && weight[v] > 0) {
        return v;
      }
    }
    for (int v = weight.length - 1; v >= 0; v--) {
      if (weight[v] > 0) {
        return v;
      }
    }
    throw new IllegalStateException("no positive weight");
  }

  /**
   * Writes the pool in the replication layout (as in {@code shared/data/sortition/}):
   * {@code categories.csv} ({@code category,feature,min,max}) and {@code respondents.csv} (one
   * column per category, ids are the 1-based row numbers).
   */
  public static void write(SortitionProblem problem, Path directory) throws IOException {
    Files.createDirectories(directory);
    Quotas q = problem.quotas();
    StringBuilder categories = new StringBuilder("category,feature,min,max\n");
    for (QuotaValue v : q.all()) {
      categories.append(String.format(Locale.ROOT, "%s,%s,%d,%d\n", v.category(), v.value(),
          v.min(), v.max()));
    }
    StringBuilder respondents = new StringBuilder(String.join(",", q.categories())).append('\n');
    for (Person p : problem.people()) {
      int[] v = p.values();
      for (int c = 0; c < v.length; c++) {
        respondents.append(c == 0 ? "" : ",").append(q.quota(c, v[c]).value());
      }
      respondents.append('\n');
    }
    Files.writeString(directory.resolve("categories.csv"), categories, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("respondents.csv"), respondents, StandardCharsets.UTF_8);
  }
}
