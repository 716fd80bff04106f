package org.parvis.modules.council;

import java.util.Set;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.module.AdministrationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.parvis.modules.council.domain.ContributionRepository;
import org.parvis.modules.council.domain.CouncilContribution;
import org.parvis.spi.module.DisableDecision;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ModuleContext;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;

/**
 * Manifest of the development council module (conseil de développement): colleges and seats,
 * members and their mandates, referrals from the intercommunality and self-referrals, working
 * groups and meetings, contributions adopted by the charter's rule, and the annual activity
 * report. The module cannot be disabled while a contribution is being voted on.
 */
@ApplicationScoped
public class CouncilModule implements ParvisModule {

  public static final String ID = "council";
  /** Days before a referral's deadline when the sitting members are reminded of it. */
  public static final String REMINDER_DAYS = "reminderDays";

  @Inject ContributionRepository contributions;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Conseil de développement", "Development council");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Collèges, membres, saisines, groupes de travail, avis adoptés selon la charte, bilan annuel.",
        "Colleges, members, referrals, working groups, contributions adopted as the charter says, "
            + "annual report.");
  }

  @Override
  public List<ModuleSetting> settings() {
    return List.of(ModuleSetting.integer(REMINDER_DAYS,
        LocalizedText.of("Rappel avant l'échéance d'une saisine (jours)",
            "Reminder before a referral's deadline (days)"),
        14, 1, 90));
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(
        new NavigationEntry(LocalizedText.of("Conseil de développement", "Development council"),
            "/council/members"),
        new NavigationEntry(LocalizedText.of("Avis du conseil", "Council contributions"),
            "/council/contributions"));
  }

  @Override
  public DisableDecision beforeDisable(ModuleContext context) {
    boolean voting = contributions.all().stream()
        .anyMatch(c -> c.status() == CouncilContribution.Status.VOTING);
    return voting
        ? DisableDecision.refuse(LocalizedText.of(
            "Un avis est en cours de vote : clôturez le vote avant de désactiver le conseil.",
            "A contribution is being voted on: close the vote before disabling the council."))
        : DisableDecision.allow();
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Administration du conseil de développement", "Development council administration"),
            LocalizedText.of("Collèges et sièges, charte et règlement, membres, saisines, groupes de travail.",
                "Colleges and seats, charter and rules, members, referrals, working groups."),
            "/council/administration", Set.of(TenantRole.ADMIN, TenantRole.STAFF)),
        new AdministrationEntry(LocalizedText.of("Secrétariat du conseil", "Council secretariat"),
            LocalizedText.of("Publier et transmettre les avis, enregistrer les réponses.",
                "Publish and send opinions, record the answers."),
            "/council/secretariat", Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }
}
