package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.FollowUp;
import org.parvis.modules.budget.domain.FollowUpRepository;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Milestone;
import org.parvis.modules.budget.domain.OutcomeRepository;
import org.parvis.modules.budget.domain.Photo;
import org.parvis.modules.budget.domain.WorksStatus;
import org.parvis.spi.problem.ProblemException;

/**
 * The follow-up of funded projects once the results are published: staff report the works'
 * status and progress, dated milestones and photos; anyone reads them. A project that the
 * published results do not fund has no follow-up.
 */
@ApplicationScoped
@Transactional
public class WorksFollowUp {

  public static final String NOT_FUNDED = "urn:parvis:problem:budget-not-funded";

  @Inject EditionRepository editions;
  @Inject OutcomeRepository outcomes;
  @Inject FollowUpRepository followUps;

  /** A funded project's follow-up with its milestones and photos. */
  public record Report(Idea project, FollowUp followUp, List<Milestone> milestones,
      List<Photo> photos) {}

  /** The follow-up as the public sees it; a funded project not yet reported on is planned. */
  public Report report(UUID ideaId) {
    Idea project = funded(ideaId);
    FollowUp followUp = followUps.followUp(ideaId)
        .orElseGet(() -> new FollowUp(project.editionId(), ideaId));
    return new Report(project, followUp, followUps.milestones(ideaId),
        followUps.photos(ideaId, Photo.Purpose.FOLLOW_UP));
  }

  /** The follow-up, if the project is funded (for pages that show any project). */
  public java.util.Optional<Report> reportIfFunded(UUID ideaId) {
    return outcomes.funded(ideaId) ? java.util.Optional.of(report(ideaId))
        : java.util.Optional.empty();
  }

  /** The follow-ups of an edition's funded projects, keyed by project id. */
  public Map<UUID, FollowUp> followUps(UUID editionId) {
    return followUps.followUps(editionId).stream()
        .collect(java.util.stream.Collectors.toMap(FollowUp::ideaId, f -> f));
  }

  public Report update(UUID ideaId, WorksStatus status, int progress, String abandonReason) {
    FollowUp followUp = followUpOf(ideaId);
    try {
      followUp.update(status, progress, abandonReason);
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid(status == WorksStatus.ABANDONED ? "reason" : "progress",
          e.getMessage());
    }
    return report(ideaId);
  }

  public Milestone addMilestone(UUID ideaId, String title, LocalDate plannedOn,
      LocalDate reachedOn) {
    followUpOf(ideaId);
    Milestone milestone = new Milestone(ideaId, title, plannedOn, reachedOn);
    followUps.add(milestone);
    return milestone;
  }

  public Milestone changeMilestone(UUID ideaId, UUID milestoneId, String title,
      LocalDate plannedOn, LocalDate reachedOn) {
    Milestone milestone = milestoneOf(ideaId, milestoneId);
    milestone.change(title, plannedOn, reachedOn);
    return milestone;
  }

  public void removeMilestone(UUID ideaId, UUID milestoneId) {
    followUps.remove(milestoneOf(ideaId, milestoneId));
  }

  /** The funded project's follow-up, created (planned) on its first report. */
  public FollowUp followUpOf(UUID ideaId) {
    Idea project = funded(ideaId);
    return followUps.followUp(ideaId).orElseGet(() -> {
      FollowUp created = new FollowUp(project.editionId(), ideaId);
      followUps.add(created);
      return created;
    });
  }

  private Milestone milestoneOf(UUID ideaId, UUID milestoneId) {
    funded(ideaId);
    return followUps.milestone(milestoneId)
        .filter(m -> m.ideaId().equals(ideaId))
        .orElseThrow(() -> ProblemException.notFound("No such milestone"));
  }

  /** The idea, if the published results fund it; a 409 problem otherwise. */
  public Idea funded(UUID ideaId) {
    Idea idea = editions.idea(ideaId).orElseThrow(BudgetProblems::noIdea);
    if (!outcomes.funded(ideaId)) {
      throw new ProblemException(409, NOT_FUNDED, "Not a funded project",
          "Only projects funded in the published results of their edition are followed up.",
          Map.of());
    }
    return idea;
  }
}
