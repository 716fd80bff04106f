package org.parvis.core.web.json;

import java.math.BigInteger;
import java.util.Map;

/** The whole-number Java types and the largest magnitude each holds. */
final class WholeTypes {

  private static final Map<Class<?>, BigInteger> LIMITS = Map.ofEntries(
      Map.entry(long.class, BigInteger.valueOf(Long.MAX_VALUE)),
      Map.entry(Long.class, BigInteger.valueOf(Long.MAX_VALUE)),
      Map.entry(int.class, BigInteger.valueOf(Integer.MAX_VALUE)),
      Map.entry(Integer.class, BigInteger.valueOf(Integer.MAX_VALUE)),
      Map.entry(short.class, BigInteger.valueOf(Short.MAX_VALUE)),
      Map.entry(Short.class, BigInteger.valueOf(Short.MAX_VALUE)),
      Map.entry(byte.class, BigInteger.valueOf(Byte.MAX_VALUE)),
      Map.entry(Byte.class, BigInteger.valueOf(Byte.MAX_VALUE)),
      Map.entry(BigInteger.class, BigInteger.ONE.shiftLeft(255)));

  private WholeTypes() {}

  /**
   * The largest magnitude a whole-number type holds (one less than the negative bound's, which
   * nobody needs), or null for any other type.
   */
  static BigInteger limit(Class<?> type) {
    return LIMITS.get(type);
  }

  /** JDK and Jakarta types: their fields are not the JSON's properties. */
  static boolean isPlatformType(Class<?> type) {
    String name = type.getName();
    return type.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.")
        || name.startsWith("jakarta.");
  }
}
