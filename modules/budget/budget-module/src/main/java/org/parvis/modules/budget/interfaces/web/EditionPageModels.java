package org.parvis.modules.budget.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.ProjectPhotos.Asker;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Markup;

/** The view models of the budget's list of editions and of an edition's page, in the page's language. */
@RequestScoped
public class EditionPageModels {

  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject Caller caller;

  /** An edition in the list: its title and the phase it is in. */
  public record Card(UUID id, String title, String phase) {}

  /** An edition's page. */
  public record EditionPage(UUID id, String phase, List<Step> calendar, boolean canPropose, boolean administers,
      boolean canReview, String district, boolean hasResults, Markup map, boolean projects,
      List<EnvelopeSection> envelopes) {}

  /** When a phase opens. */
  public record Step(String phase, Instant opens) {}

  /**
   * An envelope with its ideas (or projects, from the vote on); {@code vote} when the visitor may open its ballot,
   * {@code otherDistrict} when the envelope is another district's.
   */
  public record EnvelopeSection(UUID id, String name, String kind, String amount, List<Item> items, boolean vote,
      boolean otherDistrict, boolean paperBallots) {}

  /** An idea or a project of an envelope: its title, its cost in words, its description (projects only). */
  public record Item(UUID id, String title, String cost, String description) {}

  public List<Card> cards(BudgetMessages m) {
    Instant now = Instant.now();
    return editions.all().stream()
        .map(e -> new Card(e.id(), e.title(), m.get("budget.phase." + e.phaseAt(now)))).toList();
  }

  public EditionPage page(Edition edition, Optional<Asker> asker, BudgetMessages m) {
    UUID id = edition.id();
    Phase phase = edition.phaseAt(Instant.now());
    boolean projects = phase.isAtLeast(Phase.VOTE);
    List<Idea> all = ideas.ideas(id, false);
    Calendar c = edition.calendar();
    List<Step> calendar = List.of(step(Phase.IDEA_SUBMISSION, c.submissionOpens(), m),
        step(Phase.FEASIBILITY_REVIEW, c.reviewOpens(), m), step(Phase.VOTE, c.voteOpens(), m),
        step(Phase.RESULTS, c.voteCloses(), m), step(Phase.IMPLEMENTATION, c.implementationOpens(), m));
    Optional<String> home = caller.verifiedResidentDistrict();
    List<Idea> shown = all.stream().filter(i -> projects ? i.onBallot() : i.status() != IdeaStatus.MERGED).toList();
    String map = IdeasMap.of(id, shown, projects, m);
    List<EnvelopeSection> envelopes = new ArrayList<>();
    for (Envelope envelope : editions.envelopes(id)) {
      List<Item> items = shown.stream().filter(i -> i.envelopeId().equals(envelope.id()))
          .map(i -> projects
              ? new Item(i.id(), i.title(), m.get("budget.cost", i.finalCost()), i.description())
              : new Item(i.id(), i.title(), m.get("budget.estimatedCost", i.estimatedCost()), null))
          .toList();
      boolean otherDistrict = phase == Phase.VOTE && !home.map(envelope::openToResidentOf).orElse(true);
      envelopes.add(new EnvelopeSection(envelope.id(), envelope.name(),
          m.get(envelope.district() ? "budget.envelope.district" : "budget.envelope.city"),
          m.get("budget.amount", envelope.amount()), items, phase == Phase.VOTE && !otherDistrict, otherDistrict,
          phase == Phase.VOTE && caller.tenantRoles().contains(TenantRole.STAFF)));
    }
    return new EditionPage(id, m.get("budget.currentPhase", m.get("budget.phase." + phase)), calendar,
        phase == Phase.IDEA_SUBMISSION, caller.tenantRoles().contains(TenantRole.ADMIN),
        !phase.isAtLeast(Phase.VOTE) && asker.map(Asker::staff).orElse(false),
        home.map(d -> m.get("budget.yourDistrict", d)).orElse(null), phase.isAtLeast(Phase.RESULTS),
        map.isEmpty() ? null : new Markup(map),
        projects, envelopes);
  }

  private static Step step(Phase phase, Instant opens, BudgetMessages m) {
    return new Step(m.get("budget.phase." + phase), opens);
  }
}
