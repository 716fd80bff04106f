package org.parvis.modules.convention.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/** One-time invitation codes and withdrawal tokens: random, kept only as SHA-256 hashes. */
final class Secrets {

  /** No 0/O, 1/I/L: codes are typed from a paper letter. */
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** A code such as {@code K7QM-2XWA-P9TR} (about 59 bits). */
  static String invitationCode() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append('-');
      }
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Hash of a code as typed: case, blanks and dashes do not matter. */
  static String codeHash(String code) {
    return sha256(code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
