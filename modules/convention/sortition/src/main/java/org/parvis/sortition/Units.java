package org.parvis.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision units of the optimisation. Without households, people with identical feature
 * profiles are interchangeable, so a unit is a profile type with its head count and panels are
 * per-type count vectors (by symmetry every member of a type gets the same probability). When
 * households matter, each person is a unit of size one and households are extra constraints.
 */
final class Units {
  final SortitionProblem problem;
  final int count;
  final int[] size;
  /** Feature-value index per unit and category. */
  final int[][] values;
  final int[] unitOfPerson;
  final List<int[]> members;
  /** Groups of units of which at most one may be selected (households), possibly empty. */
  final List<int[]> exclusive;
  final boolean perPerson;

  Units(SortitionProblem problem) {
    this.problem = problem;
    List<Person> people = problem.people();
    perPerson = problem.householdsMatter();
    unitOfPerson = new int[people.size()];
    List<int[]> unitValues = new ArrayList<>();
    List<List<Integer>> unitMembers = new ArrayList<>();
    Map<String, Integer> byProfile = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      int[] v = people.get(i).values();
      String key = perPerson ? "#" + i : Arrays.toString(v);
      Integer u = byProfile.get(key);
      if (u == null) {
        u = unitValues.size();
        byProfile.put(key, u);
        unitValues.add(v);
        unitMembers.add(new ArrayList<>());
      }
      unitMembers.get(u).add(i);
      unitOfPerson[i] = u;
    }
    count = unitValues.size();
    values = unitValues.toArray(new int[0][]);
    size = new int[count];
    members = new ArrayList<>();
    for (int u = 0; u < count; u++) {
      size[u] = unitMembers.get(u).size();
      members.add(unitMembers.get(u).stream().mapToInt(Integer::intValue).toArray());
    }
    exclusive = new ArrayList<>();
    if (perPerson) {
      Map<String, List<Integer>> households = new LinkedHashMap<>();
      for (int i = 0; i < people.size(); i++) {
        String h = people.get(i).household();
        if (h != null) {
          households.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> h : households.values()) {
        if (h.size() > 1) {
          exclusive.add(h.stream().mapToInt(i -> unitOfPerson[i]).toArray());
        }
      }
    }
  }

  /** Per-person probabilities from per-unit (per-member) probabilities. */
  double[] personProbabilities(double[] unitProbability) {
    double[] p = new double[unitOfPerson.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = unitProbability[unitOfPerson[i]];
    }
    return p;
  }

  /** Whether a count vector satisfies size, quotas and households. */
  boolean feasible(int[] counts) {
    int total = 0;
    Quotas q = problem.quotas();
    int[][] perValue = new int[q.categoryCount()][];
    for (int c = 0; c < perValue.length; c++) {
      perValue[c] = new int[q.valueCount(c)];
    }
    for (int u = 0; u < count; u++) {
      if (counts[u] < 0 || counts[u] > size[u]) {
        return false;
      }
      total += counts[u];
      for (int c = 0; c < perValue.length; c++) {
        perValue[c][values[u][c]] += counts[u];
      }
    }
    if (total != problem.panelSize()) {
      return false;
    }
    for (int c = 0; c < perValue.length; c++) {
      for (int v = 0; v < perValue[c].length; v++) {
        QuotaValue qv = q.quota(c, v);
        if (perValue[c][v] < qv.min() || perValue[c][v] > qv.max()) {
          return false;
        }
      }
    }
    for (int[] h : exclusive) {
      int n = 0;
      for (int u : h) {
        n += counts[u];
      }
      if (n > 1) {
        return false;
      }
    }
    return true;
  }
}
