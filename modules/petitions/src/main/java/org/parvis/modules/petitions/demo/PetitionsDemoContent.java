package org.parvis.modules.petitions.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.CouncilReferral;
import org.parvis.modules.petitions.application.PetitionDrafting;
import org.parvis.modules.petitions.application.PetitionModeration;
import org.parvis.modules.petitions.application.PetitionSigning;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoResidents;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.module.ModuleSettings;

/**
 * Petitions of a demo commune, through the module's use cases: one a few signatures short of the
 * tenant's threshold, one referred to the council and answered, one just published. Signatures
 * come from the verified demo residents online and from invented residents on paper.
 */
@ApplicationScoped
public class PetitionsDemoContent implements DemoContent {

  static final String NEAR_THRESHOLD = "Pour une piste cyclable protégée cours Jean-Jaurès";
  static final String ANSWERED = "Sauvons les platanes de l'avenue Alsace-Lorraine";
  static final String FRESH = "Des bancs et des fontaines au parc Paul-Mistral";

  @Inject PetitionDrafting drafting;
  @Inject PetitionModeration moderation;
  @Inject PetitionSigning signing;
  @Inject CouncilReferral council;
  @Inject DemoResidents residents;
  @Inject ModuleSettings settings;

  @Override
  public String moduleId() {
    return PetitionsModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    if (tenant.tenant().kind() != TenantKind.COMMUNE) {
      return; // the demo's commune content (Grenoble's places and institutions)
    }
    List<UUID> signers = new ArrayList<>();
    for (DemoPerson person : tenant.verifiedResidents()) {
      residents.residentId(person).ifPresent(signers::add);
    }
    if (signers.size() < 2) {
      return; // petitions are written and signed by verified residents: none, no petition
    }
    long threshold = settings.getLong(PetitionsModule.ID, PetitionsModule.THRESHOLD);
    boolean paper = settings.getBoolean(PetitionsModule.ID, PetitionsModule.PAPER_SIGNATURES);
    // With a minimum age, online signers prove it with their civil identity, which demo content
    // does not hold: the verified residents then only write and co-sign.
    List<UUID> online =
        settings.getLong(PetitionsModule.ID, PetitionsModule.MINIMUM_AGE) == 0 ? signers : List.of();

    UUID answered = published(ANSWERED, """
        Les platanes de l'avenue Alsace-Lorraine ont plus de quatre-vingts ans. Le projet de \
        réaménagement prévoit d'en abattre douze pour élargir les trottoirs.

        Nous demandons au conseil municipal de revoir le projet pour garder ces arbres, qui \
        rafraîchissent la rue l'été, et de planter plutôt de nouveaux arbres là où il en manque.""",
        signers, 0);
    sign(answered, online, paper, 0, threshold);
    if (paper || online.size() >= threshold) { // referred: the council answers
      answer(answered, tenant);
    }

    UUID near = published(NEAR_THRESHOLD, """
        Chaque jour, des centaines de cyclistes empruntent le cours Jean-Jaurès entre les \
        voitures et les bus. Nous demandons une piste cyclable séparée de la circulation, dans \
        les deux sens, de la gare à l'avenue Rhin-et-Danube.""", signers, 1);
    sign(near, online, paper, 200, Math.max(1, threshold - 7));

    UUID fresh = published(FRESH, """
        Le parc Paul-Mistral manque de bancs à l'ombre et de points d'eau. Nous demandons \
        vingt bancs supplémentaires et trois fontaines, avant l'été.""", signers, 2);
    sign(fresh, online.subList(0, Math.min(3, online.size())), false, 0, 3);
  }

  /** The council met twelve days ago and adopted part of the request. */
  private void answer(UUID petition, DemoTenant tenant) {
    council.scheduleMeeting(petition, LocalDate.now(tenant.tenant().zone()).minusDays(12));
    council.answer(petition, """
        Lors de sa dernière séance, le conseil municipal a examiné la pétition. Dix des douze \
        platanes seront conservés : le trottoir sera élargi du côté des commerces seulement. Les \
        deux arbres malades seront remplacés par des tilleuls, et vingt arbres seront plantés \
        dans les rues voisines d'ici l'automne.""", CouncilDecision.PARTIALLY_ADOPTED);
  }

  /** Drafted by one resident, co-signed by two others, submitted and published. */
  private UUID published(String title, String body, List<UUID> residents, int author) {
    UUID writer = residents.get(author % residents.size());
    Petition petition = drafting.draft(title, body, writer, Optional.empty());
    for (int i = 1; i <= 2; i++) {
      UUID cosigner = residents.get((author + i) % residents.size());
      if (!cosigner.equals(writer)) {
        drafting.cosign(petition.id(), cosigner, Optional.empty());
      }
    }
    drafting.submit(petition.id(), writer);
    moderation.publish(petition.id());
    return petition.id();
  }

  /**
   * Signs online by {@code online} residents, then on paper (if accepted) up to {@code total}
   * signatures; reaching the threshold refers the petition to the council.
   */
  private void sign(UUID petition, List<UUID> online, boolean paper, int paperOffset,
      long total) {
    long count = 0;
    for (UUID resident : online) {
      if (count >= total) {
        return;
      }
      count = signing.sign(petition, resident, Optional.empty()).signatures();
    }
    if (paper && count < total) {
      signing.enterPaper(petition, PaperSigners.take(paperOffset, (int) (total - count)));
    }
  }
}
