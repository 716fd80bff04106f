package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MES when every supporter of a project gets the same satisfaction from it (cost or cardinality
 * utility). Then all supporters who are not exhausted pay the same price, so a voter's budget only
 * depends on which funded projects they supported: voters are kept in <em>budget classes</em>
 * (voters with the same budget), with, per class, how many of them support each project. A
 * project's price is found by scanning its supporting classes in increasing budget, which costs
 * the number of classes (a few hundred to a few thousand), not the number of voters.
 *
 * <p>Exactness: each class's budget is kept as an exact fraction and as a double (rounded from
 * the fraction). Projects are ranked with doubles; whenever two projects are within a relative
 * {@link #TOLERANCE} of the best (far above the rounding error of these sums, below 1e-12
 * relative), they are compared again with exact fractions, and the price actually charged is
 * always computed and checked exactly. The outcome is therefore the exact MES outcome, ties
 * broken by project id string as in pabutools.
 */
final class UniformMes extends MesEngine {
  static final double TOLERANCE = 1e-9;

  private final int m;
  private final boolean costUtility;
  // budget classes; rows of count are m wide
  private int classes;
  private Rational[] exact = new Rational[16];
  private double[] approx = new double[16];
  private long[] mass = new long[16];
  private int[] splitTarget = new int[16];
  private int[] splitStamp = new int[16];
  private int[] mark = new int[16];
  private int[] count;
  private int stamp;
  private final int[] groupClass;
  private final long[] live;
  private int[] order = new int[16];
  private int orderLength;
  private int[] poor = new int[16];
  private int poorLength;
  private final double[] lowerBound;

  UniformMes(Profile profile, Utility utility) {
    super(profile, utility);
    m = profile.projectCount;
    costUtility = utility == Utility.COST;
    count = new int[16 * Math.max(m, 1)];
    groupClass = new int[profile.groupCount];
    live = new long[m];
    lowerBound = new double[m];
  }

  @Override
  List<Integer> run(Rational perVoterBudget) {
    reset(perVoterBudget);
    int[] remaining = new int[m];
    int remainingLength = 0;
    for (int p = 0; p < m; p++) {
      if (candidate[p]) {
        remaining[remainingLength++] = p;
        lowerBound[p] = profile.cost[p] / (double) profile.approvals[p] / weight(p);
      }
    }
    List<Integer> selection = new ArrayList<>(free);
    int[] evaluated = new int[m];
    double[] keys = new double[m];
    while (remainingLength > 0) {
      sortByLowerBound(remaining, remainingLength);
      double best = Double.POSITIVE_INFINITY;
      int evaluatedLength = 0;
      for (int k = 0; k < remainingLength; k++) {
        int p = remaining[k];
        if (lowerBound[p] > best * (1 + 2 * TOLERANCE)) {
          break;
        }
        double key = approximateKey(p);
        if (Double.isNaN(key)) { // too close to call with doubles
          Rational price = exactPrice(p);
          key = price == null ? -1 : price.toDouble() / weight(p);
        }
        if (key < 0) { // unaffordable: supporters have less money than the cost
          remaining[k] = -1;
          continue;
        }
        lowerBound[p] = key;
        keys[evaluatedLength] = key;
        evaluated[evaluatedLength++] = p;
        best = Math.min(best, key);
      }
      remainingLength = compact(remaining, remainingLength);
      if (evaluatedLength == 0) {
        break;
      }
      int chosen = -1;
      Rational chosenPrice = null;
      Rational chosenKey = null;
      boolean unaffordableFound = false;
      for (int i = 0; i < evaluatedLength; i++) {
        if (keys[i] > best * (1 + TOLERANCE)) {
          continue;
        }
        int p = evaluated[i];
        Rational price = exactPrice(p);
        if (price == null) {
          removeFrom(remaining, remainingLength, p);
          remainingLength--;
          unaffordableFound = true;
          break;
        }
        Rational key = costUtility ? price.divide(profile.cost[p]) : price;
        int cmp = chosenKey == null ? -1 : key.compareTo(chosenKey);
        if (cmp < 0 || (cmp == 0 && profile.tieRank[p] < profile.tieRank[chosen])) {
          chosen = p;
          chosenPrice = price;
          chosenKey = key;
        }
      }
      if (unaffordableFound) {
        continue; // a rounding surprise: rank again without that project
      }
      selection.add(chosen);
      removeFrom(remaining, remainingLength, chosen);
      remainingLength--;
      pay(chosen, chosenPrice);
    }
    return selection;
  }

  private double weight(int p) {
    return costUtility ? profile.cost[p] : 1;
  }

  private void reset(Rational perVoterBudget) {
    classes = 0;
    orderLength = 0;
    int c = newClass(perVoterBudget);
    long total = 0;
    for (int p = 0; p < m; p++) {
      count[p] = (int) profile.approvals[p];
      live[p] = profile.approvals[p];
    }
    for (int g = 0; g < profile.groupCount; g++) {
      total += profile.groupWeight[g];
    }
    Arrays.fill(groupClass, c);
    mass[c] = total;
    order[orderLength++] = c;
  }

  private int newClass(Rational budget) {
    int c = classes++;
    if (c == exact.length) {
      int capacity = c * 2;
      exact = Arrays.copyOf(exact, capacity);
      approx = Arrays.copyOf(approx, capacity);
      mass = Arrays.copyOf(mass, capacity);
      splitTarget = Arrays.copyOf(splitTarget, capacity);
      splitStamp = Arrays.copyOf(splitStamp, capacity);
      mark = Arrays.copyOf(mark, capacity);
      order = Arrays.copyOf(order, capacity);
      poor = Arrays.copyOf(poor, capacity);
      count = Arrays.copyOf(count, capacity * m);
    }
    exact[c] = budget;
    approx[c] = budget.toDouble();
    mass[c] = 0;
    splitStamp[c] = 0;
    mark[c] = 0;
    Arrays.fill(count, c * m, c * m + m, 0);
    return c;
  }

  /**
   * The project's key (price per unit of satisfaction, what MES minimises) computed with doubles;
   * -1 if its supporters clearly cannot pay for it; NaN if that is too close to call. Leaves the
   * classes it found too poor to pay the price in {@link #poor}.
   */
  private double approximateKey(int p) {
    double cost = profile.cost[p];
    double paid = 0;
    long rich = live[p];
    poorLength = 0;
    if (rich == 0) {
      return -1;
    }
    for (int i = 0; i < orderLength; i++) {
      int c = order[i];
      int n = count[c * m + p];
      if (n == 0) {
        continue;
      }
      double price = (cost - paid) / rich;
      if (price <= approx[c]) {
        return price / weight(p);
      }
      paid += n * approx[c];
      rich -= n;
      poor[poorLength++] = c;
    }
    return paid < cost * (1 - TOLERANCE) ? -1 : Double.NaN;
  }

  /**
   * The exact price each supporter pays for {@code p} (exhausted supporters pay less: all they
   * have), or null if its supporters cannot afford it. Uses the doubles' guess of who is too poor
   * and checks it exactly; falls back to an exact scan when the guess is wrong.
   */
  private Rational exactPrice(int p) {
    approximateKey(p);
    long rich = live[p];
    Rational paid = Rational.ZERO;
    stamp++;
    for (int i = 0; i < poorLength; i++) {
      int c = poor[i];
      int n = count[c * m + p];
      paid = paid.add(exact[c].multiply(n));
      rich -= n;
      mark[c] = stamp;
    }
    if (rich == 0) {
      return exactScan(p);
    }
    Rational price = Rational.of(profile.cost[p]).subtract(paid).divide(rich);
    double approxPrice = price.toDouble();
    for (int i = 0; i < poorLength; i++) {
      int c = poor[i];
      if (approx[c] >= approxPrice * (1 - TOLERANCE) && exact[c].compareTo(price) >= 0) {
        return exactScan(p);
      }
    }
    for (int i = 0; i < orderLength; i++) {
      int c = order[i];
      if (mark[c] == stamp || count[c * m + p] == 0) {
        continue;
      }
      if (approx[c] > approxPrice * (1 + TOLERANCE)) {
        break;
      }
      if (exact[c].compareTo(price) < 0) {
        return exactScan(p);
      }
    }
    return price;
  }

  /** The exact price by an exact scan of the supporting classes in increasing exact budget. */
  private Rational exactScan(int p) {
    List<Integer> supporting = new ArrayList<>();
    for (int i = 0; i < orderLength; i++) {
      if (count[order[i] * m + p] > 0) {
        supporting.add(order[i]);
      }
    }
    supporting.sort((a, b) -> exact[a].compareTo(exact[b]));
    Rational cost = Rational.of(profile.cost[p]);
    Rational paid = Rational.ZERO;
    long rich = live[p];
    for (int c : supporting) {
      int n = count[c * m + p];
      Rational price = cost.subtract(paid).divide(rich);
      if (price.compareTo(exact[c]) <= 0) {
        return price;
      }
      paid = paid.add(exact[c].multiply(n));
      rich -= n;
    }
    return null;
  }

  /** Charges the supporters of {@code p}: classes split, exhausted voters leave the classes. */
  private void pay(int p, Rational price) {
    stamp++;
    double approxPrice = price.toDouble();
    for (int g : profile.projectGroups[p]) {
      int c = groupClass[g];
      if (c < 0) {
        continue;
      }
      if (splitStamp[c] != stamp) {
        splitStamp[c] = stamp;
        boolean exhausted =
            approx[c] < approxPrice * (1 - TOLERANCE)
                || (approx[c] <= approxPrice * (1 + TOLERANCE) && exact[c].compareTo(price) <= 0);
        int target = exhausted ? -1 : newClass(exact[c].subtract(price));
        splitTarget[c] = target; // after newClass, which may have grown the arrays
      }
      int target = splitTarget[c];
      int w = profile.groupWeight[g];
      int rowFrom = c * m;
      int rowTo = target * m;
      for (int r : profile.groupProjects[g]) {
        count[rowFrom + r] -= w;
        if (target >= 0) {
          count[rowTo + r] += w;
        } else {
          live[r] -= w;
        }
      }
      mass[c] -= w;
      if (target >= 0) {
        mass[target] += w;
      }
      groupClass[g] = target;
    }
    reorder();
  }

  /** Classes by increasing budget: the unchanged ones merged with the new ones (already ordered). */
  private void reorder() {
    int[] kept = new int[orderLength];
    int[] created = new int[orderLength];
    int keptLength = 0;
    int createdLength = 0;
    for (int i = 0; i < orderLength; i++) {
      int c = order[i];
      if (splitStamp[c] == stamp && splitTarget[c] >= 0) {
        created[createdLength++] = splitTarget[c];
      }
      if (mass[c] > 0) {
        kept[keptLength++] = c;
      }
    }
    int a = 0;
    int b = 0;
    orderLength = 0;
    while (a < keptLength || b < createdLength) {
      if (b == createdLength || (a < keptLength && approx[kept[a]] <= approx[created[b]])) {
        order[orderLength++] = kept[a++];
      } else {
        order[orderLength++] = created[b++];
      }
    }
  }

  private void sortByLowerBound(int[] projects, int length) {
    for (int i = 1; i < length; i++) {
      int p = projects[i];
      int j = i - 1;
      while (j >= 0 && lowerBound[projects[j]] > lowerBound[p]) {
        projects[j + 1] = projects[j];
        j--;
      }
      projects[j + 1] = p;
    }
  }

  private static int compact(int[] projects, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (projects[i] >= 0) {
        projects[n++] = projects[i];
      }
    }
    return n;
  }

  private static void removeFrom(int[] projects, int length, int p) {
    for (int i = 0; i < length; i++) {
      if (projects[i] == p) {
        System.arraycopy(projects, i + 1, projects, i, length - i - 1);
        return;
      }
    }
  }
}
