package org.parvis.sortition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of the canonical serialisation of a sortition problem, published before a draw. The
 * serialisation is UTF-8 text, each line ending in {@code \n}, fields separated by a tab:
 *
 * <pre>
 * parvis-sortition/1
 * panel-size	K
 * households	true|false
 * quota	CATEGORY	VALUE	MIN	MAX          (one line per quota, in file order)
 * person	ID	VALUE_1	…	VALUE_C	HOUSEHOLD  (one line per person, in pool order;
 *                                              values spelt as in the quotas, household
 *                                              key empty when none)
 * </pre>
 */
public final class PoolHash {
  private PoolHash() {}

  public static String canonical(SortitionProblem problem) {
    StringBuilder s = new StringBuilder("parvis-sortition/1\n");
    s.append("panel-size\t").append(problem.panelSize()).append('\n');
    s.append("households\t").append(problem.oneMemberPerHousehold()).append('\n');
    Quotas q = problem.quotas();
    for (QuotaValue v : q.all()) {
      s.append("quota\t").append(v.category()).append('\t').append(v.value()).append('\t')
          .append(v.min()).append('\t').append(v.max()).append('\n');
    }
    for (Person p : problem.people()) {
      s.append("person\t").append(p.id());
      int[] values = p.values();
      for (int c = 0; c < values.length; c++) {
        s.append('\t').append(q.quota(c, values[c]).value());
      }
      s.append('\t').append(p.household() == null ? "" : p.household()).append('\n');
    }
    return s.toString();
  }

  public static String of(SortitionProblem problem) {
    return sha256Hex(canonical(problem));
  }

  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
