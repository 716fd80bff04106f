package org.parvis.modules.convention.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.application.Ceremony;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.modules.convention.domain.Replacement;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VolunteerStatus;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;

/**
 * The view models of the administrators' console: the conventions, one convention's pool against its quotas, the
 * next step of its draw, its members; and the creation form's quota table.
 */
@RequestScoped
public class ConsolePageModels {

  /** Rows of the quota table on the creation form. */
  static final int QUOTA_ROWS = 10;

  /** Columns of the quota table, in order. */
  static final List<String> QUOTA_COLUMNS = List.of("category", "value", "min", "max", "share");

  @Inject ConventionReading reading;
  @Inject Ceremony ceremony;

  /** Per answer: the band of seats, how many volunteers gave it and, once drawn, how many sit. */
  public record PoolRow(String category, String value, String seats, long volunteers, long seated) {}

  /** What the convention's status allows next, with what the page needs to offer it. */
  public record Steps(boolean draft, boolean recruiting, boolean frozen, boolean published, boolean seated,
      String computation, List<String> relaxation, List<String> rounds, Integer pendingRound) {
    public boolean codes() {
      return draft || recruiting;
    }
  }

  /** A list of members of one status ({@code members-seated}, …), each "N° 3 — name (answers)". */
  public record MemberList(String title, String cssClass, List<String> members) {}

  /** One convention's console. */
  public record Dashboard(UUID id, String status, String summary, boolean seated, List<PoolRow> pool, Steps steps,
      List<MemberList> members) {}

  /** A cell of the quota table: the input's name, its column, its type and bounds. */
  public record Cell(String name, String column, String type, String min, String max, String step) {}

  public record QuotaRow(int index, int number, List<Cell> cells) {}

  /** A choice or a column, with its label. */
  public record Option(String value, String label) {}

  /** The quota table's columns. */
  public List<Option> quotaColumns(Texts t) {
    return QUOTA_COLUMNS.stream().map(c -> new Option(c, t.get("admin.form.col." + c))).toList();
  }

  /** How the quotas are typed: bands of seats or the population's shares. */
  public List<Option> quotaModes(Texts t) {
    return List.of("bands", "shares").stream().map(m -> new Option(m, t.get("admin.form.mode." + m))).toList();
  }

  public Dashboard dashboard(Convention c, List<Volunteer> volunteers, Texts t) {
    boolean seated = c.status().compareTo(ConventionStatus.SEATED) >= 0;
    List<Volunteer> pool = active(volunteers);
    List<Volunteer> sitting = pool.stream().filter(v -> v.status() == VolunteerStatus.SEATED).toList();
    List<PoolRow> rows = c.quotas().bands().stream().map(b -> new PoolRow(b.category(), b.value(),
        t.get("quotas.band", b.min(), b.max()), count(c.quotas(), b, pool), count(c.quotas(), b, sitting))).toList();
    List<MemberList> members = seated ? List.of(
        members(volunteers, VolunteerStatus.SEATED, null, t),
        members(volunteers, VolunteerStatus.NOT_SELECTED, t.get("admin.alternates"), t),
        members(volunteers, VolunteerStatus.LEFT, t.get("admin.left"), t)) : List.of();
    return new Dashboard(c.id(), ConventionPageModels.status(c, t),
        t.get("admin.summary", c.panelSize(), c.lotterySize(), pool.size()), seated, rows, steps(c, t), members);
  }

  private Steps steps(Convention c, Texts t) {
    ConventionStatus s = c.status();
    String computation = s == ConventionStatus.FROZEN ? computationState(c.id(), t) : null;
    List<String> relaxation = s == ConventionStatus.FROZEN ? relaxation(c.id(), t) : List.of();
    List<String> rounds = List.of();
    Integer pending = null;
    if (s == ConventionStatus.SEATED) {
      List<Replacement> all = reading.replacements(c.id());
      rounds = all.stream().map(r -> r.drawn()
          ? t.get("admin.round.drawn", r.round(), String.join(", ", r.withdrawn()), r.seed().orElse(""))
          : t.get("admin.round.published", r.round(), String.join(", ", r.withdrawn()))).toList();
      Replacement last = all.isEmpty() ? null : all.get(all.size() - 1);
      pending = last != null && !last.drawn() ? last.round() : null;
    }
    return new Steps(s == ConventionStatus.DRAFT, s == ConventionStatus.RECRUITING, s == ConventionStatus.FROZEN,
        s == ConventionStatus.PUBLISHED, s == ConventionStatus.SEATED, computation, relaxation, rounds, pending);
  }

  private String computationState(UUID id, Texts t) {
    try {
      Computation job = ceremony.computation(id);
      return job.interruptedRun() ? t.get("computation.interrupted") : t.get("computation.state." + job.state());
    } catch (ProblemException e) {
      return t.get("admin.noComputation");
    }
  }

  /** When no panel meets the quotas: the smallest widening of the quotas that would make one possible. */
  private List<String> relaxation(UUID id, Texts t) {
    try {
      return ceremony.computation(id).relaxation().map(r -> {
        List<String> lines = new java.util.ArrayList<>(r.changes().stream().map(c -> t.get("admin.relaxation.change",
            c.category(), c.value(), c.min(), c.max(), c.newMin(), c.newMax())).toList());
        if (r.poolTooSmall()) {
          lines.add(t.get("admin.relaxation.poolTooSmall"));
        }
        return List.copyOf(lines);
      }).orElse(List.of());
    } catch (ProblemException e) {
      return List.of();
    }
  }

  private static MemberList members(List<Volunteer> volunteers, VolunteerStatus status, String title, Texts t) {
    List<String> lines = volunteers.stream().filter(v -> v.status() == status)
        .map(v -> t.get("admin.member", v.number(), v.fullName().orElse("—"), String.join(", ", v.answers().values())))
        .toList();
    return new MemberList(title, "members-" + status.name().toLowerCase(java.util.Locale.ROOT), lines);
  }

  private static long count(QuotaPlan plan, QuotaBand band, List<Volunteer> volunteers) {
    return volunteers.stream().filter(v -> {
      String answer = v.answers().get(band.category());
      try {
        return answer != null && plan.band(band.category(), answer).equals(band);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }).count();
  }

  /** Volunteers still in the pool (those who withdrew after the freeze are kept for the checks). */
  static List<Volunteer> active(List<Volunteer> volunteers) {
    return volunteers.stream().filter(v -> v.status() != VolunteerStatus.WITHDRAWN).toList();
  }

  /** The rows of the creation form's quota table, inputs named {@code <column>-<row>}. */
  public List<QuotaRow> quotaTable() {
    return java.util.stream.IntStream.range(0, QUOTA_ROWS).mapToObj(i -> new QuotaRow(i, i + 1,
        QUOTA_COLUMNS.stream().map(col -> switch (col) {
          case "category", "value" -> new Cell(col + "-" + i, col, "text", null, null, null);
          case "share" -> new Cell(col + "-" + i, col, "number", "0", "1", "any");
          default -> new Cell(col + "-" + i, col, "number", "0", null, null);
        }).toList())).toList();
  }
}
