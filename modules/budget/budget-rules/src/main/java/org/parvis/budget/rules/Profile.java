package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An election compiled for the rules: projects by index, identical ballots merged into weighted
 * groups, and each project's supporting groups. Built once per allocation.
 */
final class Profile {
  final long budget;
  final int projectCount;
  final String[] ids;
  final long[] cost;
  /** Position of each project in the order of its id string: the tie-breaking order. */
  final int[] tieRank;
  /** Number of ballots, empty ones included: the per-voter share of MES divides by it. */
  final long voters;
  final int groupCount;
  final int[][] groupProjects;
  final long[][] groupPoints;
  final int[] groupWeight;
  final int[][] projectGroups;
  /** Weighted number of supporters of each project. */
  final long[] approvals;
  /** Weighted sum of the points given to each project. */
  final long[] points;

  private Profile(Election election) {
    budget = election.budget();
    List<Project> projects = election.projects();
    projectCount = projects.size();
    ids = new String[projectCount];
    cost = new long[projectCount];
    Map<String, Integer> index = new HashMap<>();
    for (int p = 0; p < projectCount; p++) {
      Project project = projects.get(p);
      ids[p] = project.id();
      cost[p] = project.cost();
      if (index.put(project.id(), p) != null) {
        throw new IllegalArgumentException("duplicate project id " + project.id());
      }
    }
    Integer[] byId = new Integer[projectCount];
    for (int p = 0; p < projectCount; p++) {
      byId[p] = p;
    }
    Arrays.sort(byId, (a, b) -> ids[a].compareTo(ids[b]));
    tieRank = new int[projectCount];
    for (int r = 0; r < projectCount; r++) {
      tieRank[byId[r]] = r;
    }

    Map<BallotKey, int[]> groups = new HashMap<>();
    List<BallotKey> order = new ArrayList<>();
    for (Ballot ballot : election.ballots()) {
      int size = ballot.points().size();
      if (size == 0) {
        continue;
      }
      long[] entries = new long[size * 2];
      int[] sortedProjects = new int[size];
      int i = 0;
      for (Map.Entry<String, Long> e : ballot.points().entrySet()) {
        Integer p = index.get(e.getKey());
        if (p == null) {
          throw new IllegalArgumentException("ballot names an unknown project " + e.getKey());
        }
        sortedProjects[i++] = p;
      }
      Arrays.sort(sortedProjects);
      for (int k = 0; k < size; k++) {
        entries[2 * k] = sortedProjects[k];
        entries[2 * k + 1] = ballot.points().get(ids[sortedProjects[k]]);
      }
      BallotKey key = new BallotKey(entries);
      int[] count = groups.get(key);
      if (count == null) {
        groups.put(key, new int[] {1});
        order.add(key);
      } else {
        count[0]++;
      }
    }
    voters = election.ballots().size();
    groupCount = order.size();
    groupProjects = new int[groupCount][];
    groupPoints = new long[groupCount][];
    groupWeight = new int[groupCount];
    approvals = new long[projectCount];
    points = new long[projectCount];
    int[] supporters = new int[projectCount];
    for (int g = 0; g < groupCount; g++) {
      BallotKey key = order.get(g);
      int size = key.entries.length / 2;
      groupProjects[g] = new int[size];
      groupPoints[g] = new long[size];
      groupWeight[g] = groups.get(key)[0];
      for (int k = 0; k < size; k++) {
        int p = (int) key.entries[2 * k];
        groupProjects[g][k] = p;
        groupPoints[g][k] = key.entries[2 * k + 1];
        supporters[p]++;
        approvals[p] += groupWeight[g];
        points[p] += groupWeight[g] * key.entries[2 * k + 1];
      }
    }
    projectGroups = new int[projectCount][];
    for (int p = 0; p < projectCount; p++) {
      projectGroups[p] = new int[supporters[p]];
      supporters[p] = 0;
    }
    for (int g = 0; g < groupCount; g++) {
      for (int p : groupProjects[g]) {
        projectGroups[p][supporters[p]++] = g;
      }
    }
  }

  static Profile of(Election election) {
    return new Profile(election);
  }

  /** Orders project indices by id string (the tie-breaking order). */
  Integer[] projectsInTieOrder() {
    Integer[] result = new Integer[projectCount];
    for (int p = 0; p < projectCount; p++) {
      result[tieRank[p]] = p;
    }
    return result;
  }

  Outcome outcome(String rule, List<Integer> selection) {
    List<String> selected = new ArrayList<>(selection.size());
    long total = 0;
    for (int p : selection) {
      selected.add(ids[p]);
      total += cost[p];
    }
    return new Outcome(rule, selected, total);
  }

  long cost(List<Integer> selection) {
    long total = 0;
    for (int p : selection) {
      total += cost[p];
    }
    return total;
  }

  private record BallotKey(long[] entries) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BallotKey k && Arrays.equals(entries, k.entries);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(entries);
    }
  }
}
