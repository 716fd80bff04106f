package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.Support;
import org.parvis.spi.geo.TenantArea;
import org.parvis.spi.problem.ProblemException;

/** Ideas: citizens submit and support them, moderators hide them, staff review them. */
@ApplicationScoped
@Transactional
public class IdeaBox {

  @Inject EditionRepository editions;
  @Inject TenantArea area;

  /** What a citizen proposes. */
  public record Proposal(UUID envelopeId, String title, String description, String category,
      Double latitude, Double longitude, long estimatedCost) {}

  public Idea submit(UUID editionId, Proposal proposal, String author) {
    Edition edition = editions.edition(editionId).orElseThrow(BudgetProblems::noEdition);
    requirePhase(edition, Phase.IDEA_SUBMISSION, "Submitting an idea");
    if (editions.envelopes(editionId).stream().noneMatch(e -> e.id().equals(proposal.envelopeId()))) {
      throw BudgetProblems.invalid("envelopeId", "is not an envelope of this edition");
    }
    area.current().ifPresent(a -> a.requireInside(proposal.latitude(), proposal.longitude(), "latitude"));
    Idea idea = new Idea(editionId, proposal.envelopeId(), proposal.title(), proposal.description(),
        proposal.category(), proposal.latitude(), proposal.longitude(), proposal.estimatedCost(),
        author);
    editions.add(idea);
    return idea;
  }

  /** Returns the idea's support count after this support. */
  public int support(UUID ideaId, String supporter) {
    Idea idea = visibleIdea(ideaId);
    if (idea.status() == IdeaStatus.MERGED || idea.status() == IdeaStatus.INFEASIBLE) {
      throw ProblemException.conflict("urn:parvis:problem:budget-idea-closed",
          "This idea no longer takes supports");
    }
    if (!editions.addSupport(new Support(ideaId, supporter))) {
      throw ProblemException.conflict("urn:parvis:problem:budget-already-supported",
          "You already support this idea");
    }
    return editions.supports(ideaId);
  }

  public Idea hide(UUID ideaId, String reason) {
    Idea idea = editions.idea(ideaId).orElseThrow(BudgetProblems::noIdea);
    idea.hide(reason);
    return idea;
  }

  /** Staff's verdict. A feasible idea needs its final cost; the reason is public either way. */
  public Idea review(UUID ideaId, boolean feasible, String reason, Long finalCost) {
    Idea idea = editions.idea(ideaId).orElseThrow(BudgetProblems::noIdea);
    Edition edition = editions.edition(idea.editionId()).orElseThrow(BudgetProblems::noEdition);
    requireReviewable(edition);
    if (idea.status() == IdeaStatus.MERGED) {
      throw ProblemException.conflict("urn:parvis:problem:budget-idea-merged",
          "This idea was merged into another one; review that one");
    }
    if (feasible) {
      if (finalCost == null) {
        throw BudgetProblems.invalid("finalCost", "is required for a feasible idea");
      }
      idea.acceptAsFeasible(finalCost, reason);
    } else {
      idea.rejectAsInfeasible(reason);
    }
    return idea;
  }

  public Idea merge(UUID duplicateId, UUID targetId, String reason) {
    Idea duplicate = editions.idea(duplicateId).orElseThrow(BudgetProblems::noIdea);
    Idea target = editions.idea(targetId).orElseThrow(BudgetProblems::noIdea);
    requireReviewable(editions.edition(duplicate.editionId()).orElseThrow(BudgetProblems::noEdition));
    try {
      duplicate.mergeInto(target, reason);
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid("into", e.getMessage());
    }
    return duplicate;
  }

  /** Ideas of an edition; hidden ones only for those who moderate. */
  public List<Idea> ideas(UUID editionId, boolean includeHidden) {
    editions.edition(editionId).orElseThrow(BudgetProblems::noEdition);
    return editions.ideas(editionId).stream().filter(i -> includeHidden || !i.hidden()).toList();
  }

  public Idea idea(UUID ideaId, boolean includeHidden) {
    Idea idea = editions.idea(ideaId).orElseThrow(BudgetProblems::noIdea);
    if (idea.hidden() && !includeHidden) {
      throw BudgetProblems.noIdea();
    }
    return idea;
  }

  private Idea visibleIdea(UUID ideaId) {
    return idea(ideaId, false);
  }

  /** Review happens before the vote opens: the ballot must not change under voters. */
  private static void requireReviewable(Edition edition) {
    Phase phase = edition.phaseAt(Instant.now());
    if (phase.isAtLeast(Phase.VOTE)) {
      throw BudgetProblems.wrongPhase("Reviewing ideas", Phase.FEASIBILITY_REVIEW, phase);
    }
  }

  private static void requirePhase(Edition edition, Phase phase, String action) {
    Phase current = edition.phaseAt(Instant.now());
    if (current != phase) {
      throw BudgetProblems.wrongPhase(action, phase, current);
    }
  }
}
