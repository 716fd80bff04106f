package org.parvis.budget.rules.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.budget.rules.Ballot;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Project;

/**
 * Writes an election as a Pabulib {@code .pb} file that {@link PabulibReader} (and pabutools)
 * read back to the same election. Voters are anonymised: their ids are 1, 2, 3… in ballot order.
 * Ballots giving every project one point are written as {@code approval}; otherwise as
 * {@code cumulative} with a {@code points} column. Projects are written with their id, cost and
 * number of votes.
 */
public final class PabulibWriter {
  private PabulibWriter() {}

  /**
   * @param extraMeta further META pairs (description, country, unit, …); {@code budget},
   *     {@code vote_type}, {@code num_projects} and {@code num_votes} are computed and win
   */
  public static void write(Election election, Map<String, String> extraMeta, Writer out) {
    boolean approval = election.ballots().stream()
        .allMatch(b -> b.points().values().stream().allMatch(v -> v == 1L));
    Map<String, String> meta = new LinkedHashMap<>(extraMeta);
    meta.put("num_projects", Integer.toString(election.projects().size()));
    meta.put("num_votes", Integer.toString(election.ballots().size()));
    meta.put("budget", Long.toString(election.budget()));
    meta.put("vote_type", approval ? "approval" : "cumulative");
    Map<String, Long> votes = new LinkedHashMap<>();
    for (Project project : election.projects()) {
      if (project.id().contains(",") || !project.id().equals(project.id().strip())) {
        throw new IllegalArgumentException(
            "project id '" + project.id() + "' cannot be written in a Pabulib vote list");
      }
      votes.put(project.id(), 0L);
    }
    for (Ballot ballot : election.ballots()) {
      ballot.points().keySet().forEach(id -> votes.merge(id, 1L, Long::sum));
    }
    try {
      out.write("META\n");
      row(out, "key", "value");
      for (Map.Entry<String, String> e : meta.entrySet()) {
        row(out, e.getKey(), e.getValue());
      }
      out.write("PROJECTS\n");
      row(out, "project_id", "cost", "votes");
      for (Project project : election.projects()) {
        row(out, project.id(), Long.toString(project.cost()), Long.toString(votes.get(project.id())));
      }
      out.write("VOTES\n");
      if (approval) {
        row(out, "voter_id", "vote");
      } else {
        row(out, "voter_id", "vote", "points");
      }
      int voter = 0;
      for (Ballot ballot : election.ballots()) {
        List<String> ids = new ArrayList<>(ballot.points().keySet());
        ids.sort(null);
        String vote = String.join(",", ids);
        if (approval) {
          row(out, Integer.toString(++voter), vote);
        } else {
          List<String> points = ids.stream().map(id -> ballot.points().get(id).toString()).toList();
          row(out, Integer.toString(++voter), vote, String.join(",", points));
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Writer out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(';');
      }
      out.write(quote(fields[i]));
    }
    out.write('\n');
  }

  private static String quote(String field) {
    if (field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + '"';
    }
    return field;
  }
}
