package org.parvis.budget.rules.pabulib;

/** A Pabulib file that cannot be read; the message starts with the source and line number. */
public final class PabulibFormatException extends RuntimeException {
  private final int line;

  public PabulibFormatException(String source, int line, String problem) {
    super(source + ", line " + line + ": " + problem);
    this.line = line;
  }

  /** The 1-based line where the problem is (0 when it concerns the whole file). */
  public int line() {
    return line;
  }
}
