package org.parvis.modules.budget.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.EditionAdministration.EnvelopeSpec;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.PabulibImport;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.demo.GrenobleProjects.Project;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoResidents;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;

/**
 * The participatory budget of a demo commune, through the module's own use cases: a past edition
 * imported from a real French Pabulib file beside the descriptors (Toulouse 2019, results
 * published), and a current edition in its vote phase: ideas submitted by the demo residents,
 * reviewed (fifteen feasible, one not), then ballots from the verified ones.
 */
@ApplicationScoped
public class BudgetDemoContent implements DemoContent {

  /** The real Pabulib file imported as the past edition, from pabulib.org. */
  static final String PAST_EDITION_FILE = "France_Toulouse_2019.pb";

  /** Its title: the data are Toulouse's, and the title says so. */
  static final String PAST_EDITION_TITLE = "Budget participatif de Toulouse 2019 (données réelles"
      + " Pabulib)";

  private static final Duration DAY = Duration.ofDays(1);

  @Inject PabulibImport pabulib;
  @Inject EditionAdministration administration;
  @Inject IdeaBox ideas;
  @Inject BallotBox ballots;
  @Inject Voters voters;
  @Inject DemoResidents residents;

  @Override
  public String moduleId() {
    return BudgetModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    if (tenant.tenant().kind() != TenantKind.COMMUNE) {
      return; // the demo's commune content (Grenoble's places and institutions)
    }
    importPastEdition(tenant);
    currentEdition(tenant);
  }

  private void importPastEdition(DemoTenant tenant) {
    byte[] content;
    try {
      content = Files.readAllBytes(tenant.folder().resolve(PAST_EDITION_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("The demo's past edition " + PAST_EDITION_FILE, e);
    }
    pabulib.importFile(PAST_EDITION_FILE, content, "greedy", "demo",
        PAST_EDITION_TITLE);
  }

  private void currentEdition(DemoTenant tenant) {
    Instant now = tenant.now();
    Instant submission = now.minus(DAY.multipliedBy(60));
    Instant review = now.minus(DAY.multipliedBy(30));
    List<EnvelopeSpec> envelopes = new ArrayList<>();
    envelopes.add(new EnvelopeSpec(GrenobleProjects.CITY_WIDE,
        GrenobleProjects.CITY_WIDE_AMOUNT, false));
    GrenobleProjects.SECTORS.forEach(sector ->
        envelopes.add(new EnvelopeSpec(sector, GrenobleProjects.SECTOR_AMOUNT, true)));
    // Ideas are submitted, reviewed and voted on in their phases: the calendar is moved along.
    Edition edition = administration.create("Budget participatif " + year(tenant),
        "equal-shares", new BallotRules(BallotKind.APPROVAL, 3, 1, 0, 0),
        new Calendar(submission, now.plus(DAY), now.plus(DAY.multipliedBy(2)),
            now.plus(DAY.multipliedBy(3)), now.plus(DAY.multipliedBy(4))),
        envelopes, "cost", "add1");
    Map<String, UUID> envelopeIds = new LinkedHashMap<>();
    administration.envelopes(edition.id()).forEach(e -> envelopeIds.put(e.name(), e.id()));

    List<DemoPerson> authors = tenant.verifiedResidents().isEmpty()
        ? tenant.people() : tenant.verifiedResidents();
    Map<Project, UUID> submitted = new LinkedHashMap<>();
    int i = 0;
    for (Project p : all()) {
      String author = authors.isEmpty() ? "demo" : authors.get(i++ % authors.size()).subject()
          .toString();
      submitted.put(p, ideas.submit(edition.id(), new IdeaBox.Proposal(
          envelopeIds.get(p.envelope()), p.title(), p.description(), p.category(), p.latitude(),
          p.longitude(), p.cost()), author).id());
    }
    int supporters = 0;
    for (UUID idea : submitted.values()) {
      int count = Math.min(supporters++ % 6, tenant.people().size());
      for (DemoPerson person : tenant.people().subList(0, count)) {
        ideas.support(idea, person.subject().toString());
      }
    }

    administration.reschedule(edition.id(), new Calendar(submission, review,
        now.plus(DAY), now.plus(DAY.multipliedBy(2)), now.plus(DAY.multipliedBy(3))));
    submitted.forEach((p, idea) -> {
      if (p == GrenobleProjects.INFEASIBLE) {
        ideas.review(idea, false, GrenobleProjects.INFEASIBLE_REASON, null);
      } else {
        ideas.review(idea, true, "Faisable : chiffré par les services de la Ville.", p.cost());
      }
    });

    administration.reschedule(edition.id(), new Calendar(submission, review,
        now.minus(DAY.multipliedBy(7)), now.plus(DAY.multipliedBy(14)),
        now.plus(DAY.multipliedBy(90))));
    vote(tenant, edition, submitted);
  }

  /** Each verified demo resident approves a few city-wide projects and one of their sector's. */
  private void vote(DemoTenant tenant, Edition edition, Map<Project, UUID> submitted) {
    List<Envelope> envelopes = administration.envelopes(edition.id());
    int n = 0;
    for (DemoPerson person : tenant.verifiedResidents()) {
      Optional<UUID> resident = residents.residentId(person);
      if (resident.isEmpty()) {
        continue;
      }
      Optional<String> district = residents.district(person);
      BallotBox.Voter voter = voters.resident(resident.get(), () -> district);
      for (Envelope envelope : envelopes) {
        if (envelope.district() && district.map(d -> !envelope.openToResidentOf(d)).orElse(true)) {
          continue;
        }
        List<UUID> choices = new ArrayList<>();
        submitted.forEach((p, idea) -> {
          if (p != GrenobleProjects.INFEASIBLE && p.envelope().equals(envelope.name())) {
            choices.add(idea);
          }
        });
        if (choices.isEmpty()) {
          continue;
        }
        Map<UUID, Long> points = new LinkedHashMap<>();
        int picks = envelope.district() ? 1 : 1 + n % 3;
        for (int k = 0; k < picks && k < choices.size(); k++) {
          points.put(choices.get((n + k * 2) % choices.size()), 1L);
        }
        ballots.submit(edition.id(), envelope.id(), points, voter, Optional.empty());
      }
      n++;
    }
  }

  private static List<Project> all() {
    List<Project> all = new ArrayList<>(GrenobleProjects.FEASIBLE);
    all.add(GrenobleProjects.INFEASIBLE);
    return all;
  }

  private static int year(DemoTenant tenant) {
    return tenant.now().atZone(tenant.tenant().zone()).getYear();
  }
}
