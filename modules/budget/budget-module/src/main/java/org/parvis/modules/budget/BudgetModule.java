package org.parvis.modules.budget;

import org.parvis.spi.module.AdministrationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.module.DisableDecision;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ModuleContext;
import org.parvis.spi.module.ModulePermission;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

/**
 * Manifest of the participatory budget: editions with envelopes and a calendar of phases (idea
 * submission, feasibility review, vote, results, implementation follow-up), ideas, staff
 * review, ballots (approval, knapsack or cumulative) and results under an allocation rule of
 * the budget-rules library.
 */
@ApplicationScoped
public class BudgetModule implements ParvisModule {

  public static final String ID = "budget";
  public static final String DEFAULT_RULE = "defaultAllocationRule";
  public static final String ADMINISTER = "budget.administer";
  public static final String REVIEW = "budget.review";
  public static final String MODERATE = "budget.moderate";
  public static final String PAPER_BALLOTS = "budget.paper-ballots";
  public static final String VOTE = "budget.vote";

  @Inject EditionRepository editions;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Budget participatif", "Participatory budget");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Les habitants proposent des projets, la collectivité en étudie la faisabilité, "
            + "les habitants votent, les projets lauréats sont financés et suivis.",
        "Residents propose projects, the council reviews their feasibility, residents vote, "
            + "the winning projects are funded and followed up.");
  }

  @Override
  public List<ModuleSetting> settings() {
    return List.of(ModuleSetting.choice(DEFAULT_RULE,
        LocalizedText.of("Règle d'attribution par défaut", "Default allocation rule"),
        "equal-shares", AllocationRules.NAMES));
  }

  @Override
  public List<ModulePermission> permissions() {
    return List.of(
        new ModulePermission(ADMINISTER,
            LocalizedText.of("Créer les éditions et fixer leur calendrier",
                "Create editions and set their calendar"),
            Set.of(TenantRole.ADMIN)),
        new ModulePermission(REVIEW,
            LocalizedText.of("Étudier la faisabilité des idées", "Review the feasibility of ideas"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)),
        new ModulePermission(MODERATE,
            LocalizedText.of("Masquer des idées, avec un motif", "Hide ideas, with a reason"),
            Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)),
        new ModulePermission(PAPER_BALLOTS,
            LocalizedText.of("Saisir les bulletins papier", "Enter paper ballots"),
            Set.of(TenantRole.STAFF)),
        new ModulePermission(VOTE,
            LocalizedText.of("Voter (résidents vérifiés)", "Vote (verified residents)"),
            Set.of(TenantRole.CITIZEN)));
  }

  /** Disabling the module while a vote is open would silently drop voters' ballots: refused. */
  @Override
  public DisableDecision beforeDisable(ModuleContext context) {
    Instant now = Instant.now();
    return editions.editions().stream()
        .filter(e -> e.phaseAt(now) == Phase.VOTE)
        .findFirst()
        .map(e -> DisableDecision.refuse(LocalizedText.of(
            "Le vote de « " + e.title() + " » est ouvert : clôturez-le avant de désactiver le "
                + "budget participatif.",
            "The vote of '" + e.title() + "' is open: close it before disabling the "
                + "participatory budget.")))
        .orElse(DisableDecision.allow());
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(
        LocalizedText.of("Budget participatif", "Participatory budget"), "/budget"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Éditions du budget participatif", "Participatory budget editions"),
            LocalizedText.of("Créer une édition, fixer son calendrier, clore le vote, recompter, importer une édition passée.",
                "Create an edition, set its calendar, close the vote, recount, import a past edition."),
            "/budget/administration", Set.of(TenantRole.ADMIN)),
        new AdministrationEntry(LocalizedText.of("Modération du budget participatif", "Participatory budget moderation"),
            LocalizedText.of("Les idées et commentaires signalés, à masquer avec une raison publique.",
                "Reported ideas and comments, to hide with a public reason."),
            "/budget/moderation", Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)));
  }
}
