package org.parvis.budget.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MES when every supporter of a project gets the same satisfaction from it (cost or cardinality
 * utility). Then all supporters who are not exhausted pay the same price for it, so a voter's
 * budget only depends on which funded projects they paid for: voters are kept in <em>budget
 * classes</em> (same payment history, hence same budget) with, per class, how many of them
 * support each project. A project's price is found by scanning its supporting classes by
 * increasing budget: the cost is the number of classes, not the number of voters.
 *
 * <p>Exactness without fractions in the inner loop. A class's budget is exactly {@code b0 − Σ
 * price(k)} over the selections {@code k} in its history (a bit set), where {@code b0} and each
 * price are exact fractions; the class also carries that sum in double precision, whose error is
 * below {@code (selections + 2) · 2ε · b0 < }{@link #delta}. Projects are ranked with doubles
 * and a rigorous error bound per key; every project whose key interval reaches the best is
 * re-evaluated exactly (its price from the exact prices and integer counts per history bit) and
 * ties are broken by project id string, as pabutools does. Budgets within {@link #delta} of a
 * price are compared exactly. The outcome is therefore MES's exact outcome.
 */
final class UniformMes extends MesEngine {
  private final int m;
  private final int words;
  private final boolean costUtility;
  // budget classes: count[p * capacity + c] supporters of p in class c (project-major, so that
  // scanning one project's classes reads one compact row); rows of history are words wide
  private int classes;
  private double[] approx = new double[16];
  private long[] mass = new long[16];
  private int[] splitTarget = new int[16];
  private int[] splitStamp = new int[16];
  private int[] mark = new int[16];
  private BigInteger[] exactCache = new BigInteger[16];
  private int[] exactEpoch = new int[16];
  private int[] count;
  private int capacity;
  private long[] history;
  private int stamp;
  private final int[] groupClass;
  private final long[] live;
  private int[] order = new int[16];
  private int[] kept = new int[16];
  private int[] created = new int[16];
  private int orderLength;
  private int[] poor = new int[16];
  private int poorLength;
  private long poorWeight;
  private final double[] lowerBound;
  private final double[] error;
  // the run's exact amounts
  // exact amounts are integers over the run's common denominator: start is b0, price[k] the
  // price of the k-th selection; each selection multiplies the denominator by its number of
  // paying supporters, so no fraction is ever reduced in the loop
  private BigInteger denominator;
  private BigInteger start;
  private final BigInteger[] price;
  private final double[] priceApprox;
  private final long[] paidCount;
  private int selections;
  private double delta;

  UniformMes(Profile profile, Utility utility) {
    super(profile, utility);
    m = profile.projectCount;
    words = Math.max(1, (m + 63) / 64);
    costUtility = utility == Utility.COST;
    count = new int[16 * Math.max(m, 1)];
    capacity = 16;
    history = new long[16 * words];
    groupClass = new int[profile.groupCount];
    live = new long[m];
    lowerBound = new double[m];
    error = new double[m];
    price = new BigInteger[m];
    priceApprox = new double[m];
    paidCount = new long[m];
  }

  @Override
  List<Integer> run(Rational perVoterBudget) {
    reset(perVoterBudget);
    int[] remaining = new int[m];
    int remainingLength = 0;
    for (int p = 0; p < m; p++) {
      if (candidate[p]) {
        remaining[remainingLength++] = p;
        lowerBound[p] = profile.cost[p] / (double) profile.approvals[p] / weight(p) * (1 - 1e-12);
      }
    }
    List<Integer> selection = new ArrayList<>(free);
    int[] evaluated = new int[m];
    double[] keys = new double[m];
    while (remainingLength > 0) {
      sortByLowerBound(remaining, remainingLength);
      double bestUpper = Double.POSITIVE_INFINITY;
      int evaluatedLength = 0;
      for (int k = 0; k < remainingLength; k++) {
        int p = remaining[k];
        if (lowerBound[p] > bestUpper) {
          break;
        }
        double key = approximateKey(p);
        if (Double.isNaN(key)) { // too close to call with doubles
          Price exact = exactPrice(p);
          key = exact == null ? -1 : value(exact) / weight(p);
          error[p] = key * 1e-12;
        }
        if (key < 0) { // unaffordable: supporters have less money than the cost
          remaining[k] = -1;
          continue;
        }
        lowerBound[p] = key - error[p];
        keys[evaluatedLength] = key;
        evaluated[evaluatedLength++] = p;
        bestUpper = Math.min(bestUpper, key + error[p]);
      }
      remainingLength = compact(remaining, remainingLength);
      if (evaluatedLength == 0) {
        break;
      }
      int chosen = -1;
      Price chosenPrice = null;
      boolean unaffordable = false;
      for (int i = 0; i < evaluatedLength; i++) {
        int p = evaluated[i];
        if (keys[i] - error[p] > bestUpper) {
          continue;
        }
        Price exact = exactPrice(p);
        if (exact == null) {
          removeFrom(remaining, remainingLength--, p);
          unaffordable = true;
          break;
        }
        int cmp = chosenPrice == null ? -1 : compareKeys(exact, p, chosenPrice, chosen);
        if (cmp < 0 || (cmp == 0 && profile.tieRank[p] < profile.tieRank[chosen])) {
          chosen = p;
          chosenPrice = exact;
        }
      }
      if (unaffordable) {
        continue; // a rounding surprise: rank again without that project
      }
      selection.add(chosen);
      removeFrom(remaining, remainingLength--, chosen);
      pay(chosen, chosenPrice);
    }
    return selection;
  }

  /** A price: {@code num / (denominator · rich)}, relative to the current denominator. */
  private record Price(BigInteger num, long rich) {}

  private double value(Price q) {
    return ratio(q.num, denominator.multiply(BigInteger.valueOf(q.rich)));
  }

  private static double ratio(BigInteger num, BigInteger den) {
    int shift = Math.max(num.bitLength(), den.bitLength()) - 1000;
    if (shift > 0) {
      num = num.shiftRight(shift);
      den = den.shiftRight(shift);
    }
    return num.doubleValue() / den.doubleValue();
  }

  /** Compares the keys (price per unit of satisfaction) of two projects exactly. */
  private int compareKeys(Price a, int pa, Price b, int pb) {
    BigInteger left = a.num.multiply(BigInteger.valueOf(b.rich));
    BigInteger right = b.num.multiply(BigInteger.valueOf(a.rich));
    if (costUtility) {
      left = left.multiply(BigInteger.valueOf(profile.cost[pb]));
      right = right.multiply(BigInteger.valueOf(profile.cost[pa]));
    }
    return left.compareTo(right);
  }

  private double weight(int p) {
    return costUtility ? profile.cost[p] : 1;
  }

  private void reset(Rational perVoterBudget) {
    denominator = perVoterBudget.den;
    start = perVoterBudget.num;
    selections = 0;
    classes = 0;
    orderLength = 0;
    Arrays.fill(count, 0); // class ids are not reused within a run: new classes start at zero
    int c = newClass(perVoterBudget.toDouble());
    delta = Math.max(approx[c], 1) * 1e-10;
    long total = 0;
    for (int p = 0; p < m; p++) {
      count[p * capacity + c] = (int) profile.approvals[p];
      live[p] = profile.approvals[p];
    }
    for (int g = 0; g < profile.groupCount; g++) {
      total += profile.groupWeight[g];
    }
    Arrays.fill(groupClass, c);
    mass[c] = total;
    order[orderLength++] = c;
  }

  private int newClass(double budget) {
    int c = classes++;
    if (c == capacity) {
      int old = capacity;
      capacity = c * 2;
      approx = Arrays.copyOf(approx, capacity);
      mass = Arrays.copyOf(mass, capacity);
      splitTarget = Arrays.copyOf(splitTarget, capacity);
      splitStamp = Arrays.copyOf(splitStamp, capacity);
      mark = Arrays.copyOf(mark, capacity);
      exactCache = Arrays.copyOf(exactCache, capacity);
      exactEpoch = Arrays.copyOf(exactEpoch, capacity);
      order = Arrays.copyOf(order, capacity);
      kept = new int[capacity];
      created = new int[capacity];
      poor = Arrays.copyOf(poor, capacity);
      int[] grown = new int[capacity * m];
      for (int p = 0; p < m; p++) {
        System.arraycopy(count, p * old, grown, p * capacity, old);
      }
      count = grown;
      history = Arrays.copyOf(history, capacity * words);
    }
    approx[c] = budget;
    mass[c] = 0;
    splitStamp[c] = 0;
    mark[c] = 0;
    exactCache[c] = null;
    Arrays.fill(history, c * words, c * words + words, 0L);
    return c;
  }

  /** The exact budget of a class (over the denominator): start minus the prices in its history. */
  private BigInteger exactBudget(int c) {
    BigInteger cached = exactCache[c];
    if (cached == null || exactEpoch[c] != selections) {
      cached = start;
      for (int w = 0; w < words; w++) {
        long bits = history[c * words + w];
        while (bits != 0) {
          cached = cached.subtract(price[w * 64 + Long.numberOfTrailingZeros(bits)]);
          bits &= bits - 1;
        }
      }
      exactCache[c] = cached;
      exactEpoch[c] = selections;
    }
    return cached;
  }

  /** Exactly: budget ≥ price, i.e. {@code b ≥ num / rich} over the common denominator. */
  private int compareBudget(int c, Price q) {
    return exactBudget(c).multiply(BigInteger.valueOf(q.rich)).compareTo(q.num);
  }

  /**
   * The project's key (price per unit of satisfaction, which MES minimises) in doubles, with its
   * error bound in {@link #error}; -1 if its supporters clearly cannot pay for it; NaN if that is
   * too close to call. Leaves the classes found too poor to pay the price in {@link #poor}.
   */
  private double approximateKey(int p) {
    double cost = profile.cost[p];
    double paid = 0;
    long rich = live[p];
    long supporters = rich;
    poorLength = 0;
    poorWeight = 0;
    if (rich == 0) {
      return -1;
    }
    for (int i = 0; i < orderLength; i++) {
      int c = order[i];
      int n = count[p * capacity + c];
      if (n == 0) {
        continue;
      }
      double q = (cost - paid) / rich;
      if (q <= approx[c]) {
        // each budget is off by at most delta: the solution of Σ min(b, q) = cost moves by at
        // most supporters·delta / rich (the slope), doubled for the rounding of this scan
        error[p] = (2 * supporters * delta / rich + 1e-12 * q) / weight(p);
        return q / weight(p);
      }
      paid += n * approx[c];
      rich -= n;
      poorWeight += n;
      poor[poorLength++] = c;
    }
    return paid < cost - 2 * supporters * delta ? -1 : Double.NaN;
  }

  /**
   * The exact price each supporter pays for {@code p} (exhausted supporters pay what they have),
   * or null if its supporters cannot afford it: the doubles' guess of who is exhausted, checked
   * exactly near the boundary; an exact scan when the guess is wrong.
   */
  private Price exactPrice(int p) {
    approximateKey(p);
    long rich = live[p] - poorWeight;
    if (rich == 0) {
      return exactScan(p);
    }
    Arrays.fill(paidCount, 0, selections, 0L);
    stamp++;
    for (int i = 0; i < poorLength; i++) {
      int c = poor[i];
      int n = count[p * capacity + c];
      mark[c] = stamp;
      for (int w = 0; w < words; w++) {
        long bits = history[c * words + w];
        while (bits != 0) {
          paidCount[w * 64 + Long.numberOfTrailingZeros(bits)] += n;
          bits &= bits - 1;
        }
      }
    }
    BigInteger poorBudget = start.multiply(BigInteger.valueOf(poorWeight));
    for (int k = 0; k < selections; k++) {
      if (paidCount[k] != 0) {
        poorBudget = poorBudget.subtract(price[k].multiply(BigInteger.valueOf(paidCount[k])));
      }
    }
    Price q = new Price(
        BigInteger.valueOf(profile.cost[p]).multiply(denominator).subtract(poorBudget), rich);
    double qd = value(q);
    for (int i = 0; i < poorLength; i++) {
      int c = poor[i];
      if (approx[c] >= qd - 2 * delta && compareBudget(c, q) >= 0) {
        return exactScan(p);
      }
    }
    for (int i = 0; i < orderLength; i++) {
      int c = order[i];
      if (mark[c] == stamp || count[p * capacity + c] == 0) {
        continue;
      }
      if (approx[c] > qd + 2 * delta) {
        break;
      }
      if (compareBudget(c, q) < 0) {
        return exactScan(p);
      }
    }
    return q;
  }

  /** The exact price by an exact scan of the supporting classes in increasing exact budget. */
  private Price exactScan(int p) {
    List<Integer> supporting = new ArrayList<>();
    for (int i = 0; i < orderLength; i++) {
      if (count[p * capacity + order[i]] > 0) {
        supporting.add(order[i]);
      }
    }
    supporting.sort((a, b) -> exactBudget(a).compareTo(exactBudget(b)));
    BigInteger cost = BigInteger.valueOf(profile.cost[p]).multiply(denominator);
    BigInteger paid = BigInteger.ZERO;
    long rich = live[p];
    for (int c : supporting) {
      int n = count[p * capacity + c];
      Price q = new Price(cost.subtract(paid), rich);
      if (compareBudget(c, q) >= 0) {
        return q;
      }
      paid = paid.add(exactBudget(c).multiply(BigInteger.valueOf(n)));
      rich -= n;
    }
    return null;
  }

  /** Charges the supporters of {@code p}: classes split, exhausted voters leave the classes. */
  private void pay(int p, Price q) {
    int k = selections;
    double qd = value(q);
    priceApprox[k] = qd;
    stamp++;
    for (int g : profile.projectGroups[p]) {
      int c = groupClass[g];
      if (c < 0) {
        continue;
      }
      if (splitStamp[c] != stamp) {
        splitStamp[c] = stamp;
        boolean exhausted = approx[c] < qd - 2 * delta
            || (approx[c] <= qd + 2 * delta && compareBudget(c, q) <= 0);
        int target = -1;
        if (!exhausted) {
          target = newClass(approx[c] - qd);
          System.arraycopy(history, c * words, history, target * words, words);
          history[target * words + k / 64] |= 1L << (k % 64);
        }
        splitTarget[c] = target; // after newClass, which may have grown the arrays
      }
      int target = splitTarget[c];
      int w = profile.groupWeight[g];
      for (int r : profile.groupProjects[g]) {
        count[r * capacity + c] -= w;
        if (target >= 0) {
          count[r * capacity + target] += w;
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
    // new common denominator: times this selection's number of paying supporters
    BigInteger factor = BigInteger.valueOf(q.rich);
    denominator = denominator.multiply(factor);
    start = start.multiply(factor);
    for (int j = 0; j < k; j++) {
      price[j] = price[j].multiply(factor);
    }
    price[k] = q.num;
    selections++;
    reorder();
  }

  /** Classes by increasing budget: the unchanged ones merged with the new ones (already ordered). */
  private void reorder() {
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
