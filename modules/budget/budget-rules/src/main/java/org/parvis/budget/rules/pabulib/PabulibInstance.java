package org.parvis.budget.rules.pabulib;

import java.util.List;
import java.util.Map;
import org.parvis.budget.rules.Election;

/**
 * A Pabulib file as read: its {@code META} pairs (in file order), every column of its
 * {@code PROJECTS} rows (in file order), the voter ids of its {@code VOTES} rows (same order as
 * {@link Election#ballots()}), and the election the rules work on.
 */
public record PabulibInstance(
    Map<String, String> meta,
    List<Map<String, String>> projectRows,
    List<String> voterIds,
    Election election) {
  public PabulibInstance {
    meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    projectRows = List.copyOf(projectRows);
    voterIds = List.copyOf(voterIds);
  }

  /** {@code approval}, {@code cumulative}, {@code ordinal}, {@code choose-1} or {@code scoring}. */
  public String voteType() {
    return meta.getOrDefault("vote_type", "approval");
  }

  /** True when ballots carry points (cumulative or scoring), so that points utility means something. */
  public boolean hasPoints() {
    return voteType().equals("cumulative") || voteType().equals("scoring");
  }
}
