package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionRepository;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.PoolProblem;
import org.parvis.modules.convention.domain.Replacement;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VolunteerStatus;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/**
 * What the public may read of a convention: everything of the ceremony (pool by number and
 * answers, quotas, lotteries, seeds), never the volunteers' personal data. The panel lists the
 * names of members who consented, in alphabetical order and unlinked to their numbers, so that no
 * published name can be joined to published answers; the others appear as "member n".
 */
@ApplicationScoped
@Transactional
public class ConventionReading {

  @Inject ConventionRepository conventions;
  @Inject Caller caller;

  public List<Convention> visible() {
    return conventions.all().stream().filter(c -> c.status().isPublic() || isAdmin()).toList();
  }

  public Convention visible(UUID id) {
    return conventions.byId(id)
        .filter(c -> c.status().isPublic() || isAdmin())
        .orElseThrow(() -> ConventionProblems.notFound(id));
  }

  public int poolSize(UUID id) {
    return conventions.volunteers(id).size();
  }

  /** The frozen pool as CSV ({@code id,<category>…}); 409 before the freeze. */
  public String poolCsv(UUID id) {
    Convention c = frozen(id);
    return PoolProblem.poolCsv(c.quotas(), conventions.volunteers(id));
  }

  public String quotasCsv(UUID id) {
    return PoolProblem.quotasCsv(visible(id).quotas());
  }

  /** The published lottery text; 404 before publication. */
  public String lottery(UUID id) {
    return visible(id).lottery()
        .orElseThrow(() -> ProblemException.notFound("The lottery is not published yet"))
        .text();
  }

  /** The seated panel: names with consent (sorted) and the count of unnamed members. */
  public Panel panel(UUID id) {
    Convention c = visible(id);
    if (c.status().compareTo(ConventionStatus.SEATED) < 0) {
      return new Panel(List.of(), 0);
    }
    List<String> names = new ArrayList<>();
    int unnamed = 0;
    for (Volunteer v : conventions.volunteers(id, List.of(VolunteerStatus.SEATED))) {
      if (v.publicName().isPresent()) {
        names.add(v.publicName().get());
      } else {
        unnamed++;
      }
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return new Panel(names, unnamed);
  }

  /** Every pool member's LEXIMIN selection probability, by public number (after publication). */
  public List<Chance> probabilities(UUID id) {
    visible(id);
    return conventions.volunteers(id).stream()
        .filter(v -> v.probability().isPresent())
        .map(v -> new Chance(v.number(), v.probability().get()))
        .toList();
  }

  /** A pool member's selection probability, by public number only. */
  public record Chance(int number, double probability) {}

  public List<Replacement> replacements(UUID id) {
    visible(id);
    return conventions.replacements(id);
  }

  private Convention frozen(UUID id) {
    Convention c = visible(id);
    if (c.poolHash().isEmpty() || c.status().compareTo(ConventionStatus.FROZEN) < 0) {
      throw ProblemException.conflict(ConventionProblems.WRONG_STATUS,
          "The pool is published when it is frozen");
    }
    return c;
  }

  public boolean isAdmin() {
    return caller.tenantRoles().contains(TenantRole.ADMIN);
  }

  /** The public composition of the panel. */
  public record Panel(List<String> names, int unnamed) {}
}
