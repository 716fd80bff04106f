package org.parvis.modules.votations.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.votations.VotationsModule;
import org.parvis.modules.votations.application.BallotChoice;
import org.parvis.modules.votations.application.VotationOrganizing;
import org.parvis.modules.votations.application.Voting;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoResidents;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;

/**
 * Votations of a demo commune, through the module's use cases: a majority-judgment vote closed
 * with its results, and one open for a few more days where half the verified demo residents have
 * voted (the others, and {@code citoyen}, can still vote).
 */
@ApplicationScoped
public class VotationsDemoContent implements DemoContent {

  static final String CLOSED = "Quels aménagements pour la place Saint-Bruno ?";
  static final String OPEN = "Quel nom pour la nouvelle passerelle sur l'Isère ?";

  /** Each closed option's usual grade (index in the default scale, 0 = Excellent). */
  static final Map<String, Integer> CLOSED_OPTIONS = ordered(
      "Des jeux d'eau pour les enfants", 1,
      "Une terrasse ombragée avec des tables", 2,
      "Un kiosque pour les concerts de quartier", 3,
      "Un marché couvert le dimanche", 4);

  static final Map<String, Integer> OPEN_OPTIONS = ordered(
      "Passerelle des Deux-Rives", 2,
      "Passerelle Belledonne", 1,
      "Passerelle du Vercors", 3,
      "Passerelle de la Chartreuse", 3);

  private static final Duration DAY = Duration.ofDays(1);

  @Inject VotationOrganizing organizing;
  @Inject Voting voting;
  @Inject DemoResidents residents;

  @Override
  public String moduleId() {
    return VotationsModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    if (tenant.tenant().kind() != TenantKind.COMMUNE) {
      return; // the demo's commune content (Grenoble's places and institutions)
    }
    List<UUID> voters = new ArrayList<>();
    for (DemoPerson person : tenant.verifiedResidents()) {
      residents.residentId(person).ifPresent(voters::add);
    }
    Instant now = tenant.now();

    Votation closed = organizing.create(CLOSED, """
        La place Saint-Bruno sera réaménagée l'an prochain. Jugez chacun des aménagements \
        proposés par le conseil de quartier : les mieux jugés seront réalisés en priorité.""",
        CountingMethod.MAJORITY_JUDGMENT, List.copyOf(CLOSED_OPTIONS.keySet()), null,
        now.minus(DAY.multipliedBy(30)), now.plus(DAY));
    vote(closed, voters, CLOSED_OPTIONS);
    organizing.close(closed.id());

    Votation open = organizing.create(OPEN, """
        La passerelle piétonne et cyclable entre l'île Verte et La Tronche ouvre au printemps. \
        Le conseil municipal retiendra le nom le mieux jugé par les habitants.""",
        CountingMethod.MAJORITY_JUDGMENT, List.copyOf(OPEN_OPTIONS.keySet()), null,
        now.minus(DAY.multipliedBy(5)), now.plus(DAY.multipliedBy(9)));
    vote(open, voters.subList(0, voters.size() / 2), OPEN_OPTIONS);
  }

  /** Each voter grades every option around its usual grade: a little better or worse. */
  private void vote(Votation votation, List<UUID> voters, Map<String, Integer> usual) {
    List<String> grades = VotationOrganizing.DEFAULT_GRADES;
    for (int v = 0; v < voters.size(); v++) {
      Map<UUID, String> ballot = new LinkedHashMap<>();
      int o = 0;
      for (var option : votation.options()) {
        ballot.put(option.id(), grades.get(grade(usual.get(option.label()), v, o++, grades.size())));
      }
      voting.vote(votation.id(), voters.get(v), new BallotChoice(ballot, Set.of(), null));
    }
  }

  /** The usual grade moved by -1, 0 or +1 depending on the voter and option, within the scale. */
  static int grade(int usual, int voter, int option, int scale) {
    int shift = (voter + 2 * option) % 3 - 1;
    return Math.max(0, Math.min(scale - 1, usual + shift));
  }

  private static Map<String, Integer> ordered(Object... labelsAndGrades) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndGrades.length; i += 2) {
      map.put((String) labelsAndGrades[i], (Integer) labelsAndGrades[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
