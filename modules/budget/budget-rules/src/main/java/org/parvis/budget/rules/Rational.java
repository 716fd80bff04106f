package org.parvis.budget.rules;

import java.math.BigInteger;

/** An exact non-negative-denominator fraction, always reduced. Used where ties must be exact. */
final class Rational implements Comparable<Rational> {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  final BigInteger num;
  final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger gcd = num.gcd(den);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    return new Rational(num, num.signum() == 0 ? BigInteger.ONE : den);
  }

  static Rational of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  Rational add(Rational other) {
    if (den.equals(other.den)) {
      return of(num.add(other.num), den);
    }
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  Rational subtract(Rational other) {
    if (den.equals(other.den)) {
      return of(num.subtract(other.num), den);
    }
    return of(num.multiply(other.den).subtract(other.num.multiply(den)), den.multiply(other.den));
  }

  Rational multiply(long factor) {
    return of(num.multiply(BigInteger.valueOf(factor)), den);
  }

  Rational multiply(Rational other) {
    return of(num.multiply(other.num), den.multiply(other.den));
  }

  Rational divide(long divisor) {
    return of(num, den.multiply(BigInteger.valueOf(divisor)));
  }

  int signum() {
    return num.signum();
  }

  double toDouble() {
    if (num.bitLength() < 53 && den.bitLength() < 53) {
      return num.doubleValue() / den.doubleValue();
    }
    return new java.math.BigDecimal(num)
        .divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(Rational other) {
    if (den.equals(other.den)) {
      return num.compareTo(other.num);
    }
    return num.multiply(other.den).compareTo(other.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  @Override
  public String toString() {
    return num + "/" + den;
  }
}
