package org.parvis.modules.council.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.sortition.LegacySelection;
import org.parvis.sortition.Person;
import org.parvis.sortition.PoolHash;
import org.parvis.sortition.QuotaValue;
import org.parvis.sortition.Quotas;
import org.parvis.sortition.SortitionProblem;

/**
 * Fills the open seats of colleges by lot from the volunteer pool, with the sortition library: one
 * category, the college, whose quota for each college is exactly its open seats. The draw is
 * reproducible from the pool (candidates sorted by the date they volunteered, then id) and a seed
 * announced in advance; the pool hash and the seed are recorded so anyone can re-run it with
 * {@code parvis sortition draw --algorithm legacy}.
 */
public final class SeatDraw {

  private SeatDraw() {}

  /** What a draw chose, with what anyone needs to check it. */
  public record Outcome(String poolHash, String seed, List<CouncilCandidate> drawn) {}

  /**
   * @param openSeats open seats per college id (colleges with none are left out)
   * @param pool the candidates volunteering for those colleges
   */
  public static Outcome draw(Map<UUID, Integer> openSeats, List<CouncilCandidate> pool, String seed) {
    if (seed == null || seed.isBlank()) {
      throw new CouncilException("refusal.draw.seed.missing");
    }
    List<QuotaValue> quotas = new ArrayList<>();
    int panelSize = 0;
    for (var open : openSeats.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      if (open.getValue() <= 0) {
        continue;
      }
      long available = pool.stream().filter(c -> c.collegeId().equals(open.getKey())).count();
      if (available < open.getValue()) {
        throw new CouncilException("refusal.draw.poolTooSmall", open.getKey(), open.getValue(), available);
      }
      quotas.add(new QuotaValue("college", open.getKey().toString(), open.getValue(), open.getValue()));
      panelSize += open.getValue();
    }
    if (panelSize == 0) {
      throw new CouncilException("refusal.draw.noSeat");
    }
    Quotas q = new Quotas(quotas);
    List<CouncilCandidate> ordered = pool.stream()
        .filter(c -> openSeats.getOrDefault(c.collegeId(), 0) > 0)
        .sorted(Comparator.comparing(CouncilCandidate::volunteeredAt).thenComparing(CouncilCandidate::id))
        .toList();
    List<Person> people = ordered.stream()
        .map(c -> new Person(c.id().toString(), new int[] {q.valueIndex(0, c.collegeId().toString())}, null))
        .toList();
    SortitionProblem problem = new SortitionProblem(q, people, panelSize);
    List<String> chosen = LegacySelection.drawPanel(problem, seed).stream().map(Person::id).toList();
    return new Outcome(PoolHash.of(problem), seed,
        ordered.stream().filter(c -> chosen.contains(c.id().toString())).toList());
  }
}
