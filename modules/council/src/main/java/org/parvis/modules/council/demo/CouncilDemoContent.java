package org.parvis.modules.council.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.CouncilSetup;
import org.parvis.modules.council.application.CouncilView;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.modules.council.domain.AdoptionRule;
import org.parvis.modules.council.domain.AdoptionScope;
import org.parvis.modules.council.domain.Appointment;
import org.parvis.modules.council.domain.CouncilDocumentVersion;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilRole;
import org.parvis.modules.council.domain.VoteChoice;
import org.parvis.spi.demo.DemoActing;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;

/**
 * The development council of a demo commune, through the module's use cases: its charter, three
 * colleges (two voting), members appointed from the demo people, two referrals from the
 * metropolis, and a contribution on the first one drafted, voted per college and adopted, then
 * published and sent. Members act as themselves ({@link DemoActing}).
 */
@ApplicationScoped
public class CouncilDemoContent implements DemoContent {

  static final String ECONOMY = "Acteurs économiques";
  static final String CITIZENS = "Associations et habitants";
  static final String OBSERVERS = "Élus observateurs";
  static final String CONTRIBUTION = "Avis sur le plan de mobilité 2030";

  /** Members in the demo people's order: college, appointment, organisation, profile. */
  private static final List<Seat> SEATS = List.of(
      new Seat(CITIZENS, Appointment.VOLUNTEER, null, "Cycliste du quotidien, membre d'un"
          + " comité de quartier du centre-ville."),
      new Seat(ECONOMY, Appointment.DESIGNATED, "Union des commerçants de Grenoble",
          "Gérant d'une librairie à Saint-Bruno."),
      new Seat(CITIZENS, Appointment.VOLUNTEER, null, "Infirmière, habitante de Mistral."),
      new Seat(ECONOMY, Appointment.DESIGNATED, "Coopérative d'énergie citoyenne",
          "Ingénieur, engagé dans les énergies renouvelables."),
      new Seat(CITIZENS, Appointment.VOLUNTEER, null, "Animatrice d'une association d'aide"
          + " aux devoirs à la Villeneuve."),
      new Seat(OBSERVERS, Appointment.DESIGNATED, "Conseil municipal",
          "Conseiller municipal délégué à la démocratie locale."));

  private record Seat(String college, Appointment appointment, String organisation,
      String profile) {}

  @Inject CouncilSetup setup;
  @Inject Membership membership;
  @Inject ReferralDesk referrals;
  @Inject ContributionDesk contributions;
  @Inject DemoActing acting;

  @Override
  public String moduleId() {
    return CouncilModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    if (tenant.tenant().kind() != TenantKind.COMMUNE) {
      return; // the demo's commune content (Grenoble's places and institutions)
    }
    setup.describe("Conseil de développement de " + tenant.tenant().displayName(),
        tenant.tenant().displayName(), 3, AdoptionRule.majority(AdoptionScope.PER_COLLEGE, 50));
    setup.defineCollege(ECONOMY, 3, true);
    setup.defineCollege(CITIZENS, 4, true);
    CouncilView council = setup.defineCollege(OBSERVERS, 2, false);
    setup.publish(CouncilDocumentVersion.Kind.CHARTER, """
        Le conseil de développement réunit des habitants, des associations et des acteurs \
        économiques. Il donne son avis sur les projets qui engagent l'avenir du territoire, \
        à la demande des élus ou de sa propre initiative. Ses avis sont publics.""");
    Map<String, UUID> colleges = new LinkedHashMap<>();
    council.colleges().forEach(c -> colleges.put(c.name(), c.id()));

    List<DemoPerson> people = tenant.people();
    int seated = Math.min(SEATS.size(), people.size());
    for (int i = 0; i < seated; i++) {
      Seat seat = SEATS.get(i);
      DemoPerson person = people.get(i);
      membership.appoint(new CouncilMember.Profile(person.subject().toString(),
              person.displayName(), seat.organisation(), null, seat.profile(), true),
          colleges.get(seat.college()), seat.appointment(),
          i == 0 ? Set.of(CouncilRole.PRESIDENT) : Set.of());
    }

    LocalDate today = LocalDate.ofInstant(tenant.now(), tenant.tenant().zone());
    UUID mobility = referrals.receive("Plan de mobilité 2030", """
        La Métropole demande l'avis du conseil sur son projet de plan de mobilité : place du \
        vélo, fréquence des trams et des bus, zones à faibles émissions.""",
        today.plusDays(45)).id();
    referrals.receive("Schéma des espaces verts", """
        Quels parcs créer ou agrandir d'ici dix ans, et comment associer les habitants à leur \
        conception ?""", today.plusDays(90));
    if (seated < 5) {
      return; // the contribution needs a voting majority in both voting colleges
    }

    DemoPerson pen = people.get(0);
    UUID contribution = acting.as(pen, () -> {
      UUID id = contributions.open(CONTRIBUTION, mobility).id();
      contributions.addSection(id, "Le vélo d'abord", """
          Le conseil soutient le doublement des voies cyclables protégées et demande qu'elles \
          relient aussi les quartiers sud au centre sans détour.""");
      contributions.addSection(id, "Des transports en commun plus fréquents", """
          Un tram toutes les cinq minutes aux heures de pointe, et des bus le dimanche matin \
          dans tous les quartiers.""");
      contributions.openVote(id);
      return id;
    });
    for (int i = 0; i < 5; i++) {
      VoteChoice choice = i == 4 ? VoteChoice.ABSTAIN : VoteChoice.FOR;
      acting.run(people.get(i), () -> contributions.vote(contribution, choice));
    }
    acting.run(pen, () -> contributions.closeVote(contribution));
    contributions.publish(contribution);
    contributions.markSent(contribution);
  }
}
