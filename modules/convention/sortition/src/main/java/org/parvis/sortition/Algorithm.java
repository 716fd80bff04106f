package org.parvis.sortition;

/** Selection algorithms. */
public enum Algorithm {
  /** The Sortition Foundation's greedy random procedure; probabilities by Monte-Carlo. */
  LEGACY,
  /** Maximise the smallest selection probability (Flanigan et al. 2021). */
  MAXIMIN,
  /** Maximise the smallest probability, then the next smallest, and so on. */
  LEXIMIN
}
