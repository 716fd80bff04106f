package org.parvis.modules.votations.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counting for approval and single choice: votes per option position, ranked most votes first;
 * options with equal votes share a rank (1, 1, 3) and keep their ballot order.
 */
public final class VoteCount {

  private VoteCount() {}

  public static List<Counted> rank(int options, List<BallotContent> ballots) {
    long[] votes = new long[options];
    for (BallotContent ballot : ballots) {
      for (int position : ballot.numbers()) {
        votes[position]++;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < options; p++) {
      order.add(p);
    }
    order.sort(Comparator.comparingLong((Integer p) -> votes[p]).reversed());
    List<Counted> ranking = new ArrayList<>(options);
    for (int i = 0; i < order.size(); i++) {
      int position = order.get(i);
      int rank = i > 0 && votes[order.get(i - 1)] == votes[position] ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new Counted(position, votes[position], rank));
    }
    return ranking;
  }

  /** One option's votes and rank. */
  public record Counted(int position, long votes, int rank) {}
}
