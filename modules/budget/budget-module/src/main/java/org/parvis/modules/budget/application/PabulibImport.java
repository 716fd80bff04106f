package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Project;
import org.parvis.budget.rules.pabulib.PabulibFormatException;
import org.parvis.budget.rules.pabulib.PabulibInstance;
import org.parvis.budget.rules.pabulib.PabulibReader;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRepository;
import org.parvis.modules.budget.domain.BallotRepository.Imported;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Money;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Imports a past edition from a Pabulib file: a closed edition with one city-wide envelope, its
 * projects (feasible at their cost), its anonymous ballots, and its results counted and
 * published at once under the chosen rule. Project ids are made to sort like the file's, so that
 * ties break as the reference implementation breaks them (lexicographic project id).
 */
@ApplicationScoped
@Transactional
public class PabulibImport {

  public static final String MALFORMED = "urn:parvis:problem:budget-pabulib-malformed";
  private static final java.util.regex.Pattern WHOLE =
      java.util.regex.Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,18})?");
  private static final java.util.regex.Pattern COORDINATE =
      java.util.regex.Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{1,15})?");
  private static final DateTimeFormatter PABULIB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Inject EditionRepository editions;
  @Inject BallotRepository ballots;
  @Inject PublishedResults results;
  @Inject CurrentTenant tenant;

  /** What was imported: the edition, and the id given to each of the file's projects. */
  public record Done(Edition edition, Map<String, UUID> projectIds, int ballots) {}

  public Done importFile(String filename, byte[] content, String rule, String importedBy) {
    return importFile(filename, content, rule, importedBy, null);
  }

  /** As {@link #importFile(String, byte[], String, String)}, titled {@code title} if not null. */
  public Done importFile(String filename, byte[] content, String rule, String importedBy,
      String title) {
    PabulibInstance instance = read(filename, content);
    requireAmounts(instance, filename);
    String allocationRule = allocationRule(rule, instance.meta().get("rule"));
    Edition edition = new Edition(title == null ? title(instance, filename) : clip(title, 200),
        allocationRule, rules(instance),
        closedCalendar(instance.meta(), tenant.require().zone()));
    editions.add(edition);
    Envelope envelope = new Envelope(edition.id(),
        clip(instance.meta().getOrDefault("unit", "Pabulib"), 120),
        instance.election().budget(), false, 0);
    editions.add(envelope);

    Map<String, Map<String, String>> rows = new HashMap<>();
    instance.projectRows().forEach(row -> rows.put(row.get("project_id"), row));
    Map<String, UUID> ids = orderedIds(instance.election().projects());
    Map<String, Long> costs = new HashMap<>();
    for (Project p : instance.election().projects()) {
      Map<String, String> row = rows.getOrDefault(p.id(), Map.of());
      Idea idea = new Idea(ids.get(p.id()), edition.id(), envelope.id(),
          clip(row.getOrDefault("name", "").isBlank() ? "Project " + p.id() : row.get("name"), 200),
          row.getOrDefault("description", ""),
          clip(row.getOrDefault("category", "pabulib"), 80),
          decimal(row.get("latitude")), decimal(row.get("longitude")), p.cost(), importedBy);
      idea.acceptAsFeasible(p.cost(), "Imported from Pabulib (" + filename + ")");
      editions.add(idea);
      costs.put(p.id(), p.cost());
    }
    editions.flush(); // the ballots' foreign keys need the edition and envelope

    List<Imported> imported = new ArrayList<>();
    Set<String> voters = new HashSet<>();
    for (int i = 0; i < instance.voterIds().size(); i++) {
      String voter = instance.voterIds().get(i);
      if (!voters.add(voter)) {
        throw malformed(filename + ": voter " + voter + " votes twice", 0);
      }
      Map<UUID, Long> points = new LinkedHashMap<>();
      long cost = 0;
      for (var choice : instance.election().ballots().get(i).points().entrySet()) {
        points.put(ids.get(choice.getKey()), choice.getValue());
        cost = Math.addExact(cost, costs.get(choice.getKey()));
      }
      imported.add(new Imported("pabulib:" + clip(voter, 110), points, cost));
    }
    ballots.addImported(edition.id(), envelope.id(), envelope.ballotScope(), imported);
    results.publish(edition.id());
    return new Done(edition, ids, imported.size());
  }

  private static PabulibInstance read(String filename, byte[] content) {
    try {
      return PabulibReader.read(new InputStreamReader(new ByteArrayInputStream(content),
          StandardCharsets.UTF_8), filename);
    } catch (PabulibFormatException e) {
      throw malformed(e.getMessage(), e.line());
    } catch (IllegalArgumentException e) {
      throw malformed(filename + ": " + e.getMessage(), 0);
    }
  }

  /** The budget and every cost within {@link Money#MAX}, as for editions made in Parvis. */
  private static void requireAmounts(PabulibInstance instance, String filename) {
    if (!Money.valid(instance.election().budget())) {
      throw malformed(filename + ": budget above the largest amount accepted (" + Money.MAX + ")",
          0);
    }
    for (Project p : instance.election().projects()) {
      if (!Money.valid(p.cost())) {
        throw malformed(filename + ": cost of project " + p.id() + " above the largest amount"
            + " accepted (" + Money.MAX + ")", 0);
      }
    }
  }

  private static ProblemException malformed(String detail, int line) {
    return new ProblemException(422, MALFORMED, "Malformed Pabulib file", detail,
        Map.of("line", line));
  }

  /**
   * Ids that sort (as strings, as the rules break ties) in the order of the file's project ids:
   * one random prefix, then the rank.
   */
  private static Map<String, UUID> orderedIds(List<Project> projects) {
    List<String> sorted = projects.stream().map(Project::id).sorted().toList();
    long prefix = (UUID.randomUUID().getMostSignificantBits() & ~0xF000L) | 0x4000L;
    Map<String, UUID> ids = new HashMap<>();
    for (int rank = 0; rank < sorted.size(); rank++) {
      ids.put(sorted.get(rank), new UUID(prefix, 0x8000_0000_0000_0000L | rank));
    }
    return ids;
  }

  private static String allocationRule(String asked, String ofFile) {
    if (asked != null && !asked.isBlank()) {
      if (!AllocationRules.NAMES.contains(asked)) {
        throw BudgetProblems.invalid("rule", "unknown allocation rule '" + asked + "'");
      }
      return asked;
    }
    if (ofFile != null && ofFile.startsWith("equalshares")) {
      return "equal-shares";
    }
    return "greedy";
  }

  private static BallotRules rules(PabulibInstance instance) {
    if (instance.hasPoints()) {
      int points = (int) Math.min(1_000_000, Math.max(1, wholeOr(instance.meta()
          .get("max_sum_points"), 10)));
      return new BallotRules(BallotKind.CUMULATIVE, 1000, 1, 0, points);
    }
    int max = (int) Math.min(1000, Math.max(1, wholeOr(instance.meta().get("max_length"), 1000)));
    int min = (int) Math.min(max, Math.max(1, wholeOr(instance.meta().get("min_length"), 1)));
    return new BallotRules(BallotKind.APPROVAL, max, min, 0, 0);
  }

  /**
   * The file's voting dates when it gives them (dd.mm.yyyy, days of the tenant's {@code zone}: the
   * vote opens at midnight of the first and closes at the end of the last), else a vote that just
   * ended.
   */
  private static Calendar closedCalendar(Map<String, String> meta, ZoneId zone) {
    Instant end = Instant.now().minusSeconds(1);
    Instant begin = end;
    try {
      if (meta.containsKey("date_end")) {
        Instant fileEnd = LocalDate.parse(meta.get("date_end"), PABULIB_DATE).plusDays(1)
            .atStartOfDay(zone).toInstant();
        Instant fileBegin = meta.containsKey("date_begin")
            ? LocalDate.parse(meta.get("date_begin"), PABULIB_DATE).atStartOfDay(zone)
                .toInstant()
            : fileEnd;
        if (!fileBegin.isAfter(fileEnd) && fileEnd.isBefore(end)) {
          begin = fileBegin;
          end = fileEnd;
        }
      }
    } catch (java.time.format.DateTimeParseException e) {
      // dates are informative in Pabulib; without readable ones the vote just ended
    }
    return new Calendar(begin, begin, begin, end, end);
  }

  private static String title(PabulibInstance instance, String filename) {
    String description = instance.meta().get("description");
    return clip(description == null || description.isBlank() ? filename : description, 200);
  }

  /** A META whole number in plain digits (decimals dropped), or the fallback: never parsed wide. */
  private static long wholeOr(String text, long fallback) {
    String plain = text == null ? "" : text.strip();
    if (!WHOLE.matcher(plain).matches()) {
      return fallback;
    }
    return Long.parseLong(plain.substring(0, plain.indexOf('.') < 0 ? plain.length()
        : plain.indexOf('.')));
  }

  /** A coordinate in plain decimal digits, or none. */
  private static Double decimal(String text) {
    String plain = text == null ? "" : text.strip();
    return COORDINATE.matcher(plain).matches() ? Double.valueOf(plain) : null;
  }

  private static String clip(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }
}
