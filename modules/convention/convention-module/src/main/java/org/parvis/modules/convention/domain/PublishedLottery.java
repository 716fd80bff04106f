package org.parvis.modules.convention.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.parvis.sortition.Lottery;

/**
 * A lottery as published before its draw (format {@code parvis-lottery/1} of the sortition
 * library): its text, from which the hash, the pool hash and every panel are read back, so that
 * the draw uses exactly what was published.
 */
public record PublishedLottery(String text) {

  private static final int HEADER_LINES = 3;

  public PublishedLottery {
    if (text == null || !text.startsWith("parvis-lottery/1\n")) {
      throw new IllegalArgumentException("Not a parvis-lottery/1 publication");
    }
  }

  public String hash() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String poolHash() {
    return field(1, "pool");
  }

  public int size() {
    return Integer.parseInt(field(2, "panels"));
  }

  /** The ids of panel {@code index} (0-based), as published. */
  public List<String> panel(int index) {
    if (index < 0 || index >= size()) {
      throw new IllegalArgumentException("No panel " + index);
    }
    String line = text.lines().skip(HEADER_LINES + (long) index).findFirst().orElseThrow();
    return line.isEmpty() ? List.of() : Arrays.asList(line.split(","));
  }

  /** The panel index a public seed picks: see {@link Lottery#drawIndex(String, String, int)}. */
  public int drawIndex(String seed) {
    return Lottery.drawIndex(hash(), seed, size());
  }

  private String field(int line, String name) {
    String l = text.lines().skip(line).findFirst().orElse("");
    if (!l.startsWith(name + "\t")) {
      throw new IllegalArgumentException("Line " + line + " of the lottery is not '" + name + "'");
    }
    return l.substring(name.length() + 1);
  }
}
