package org.parvis.modules.petitions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.parvis.spi.module.AdministrationEntry;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ModulePermission;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

/**
 * Manifest of the petitions module: citizens draft petitions, moderators publish them, verified
 * residents sign (staff add paper signatures), and a petition that reaches the tenant's threshold
 * is referred to the municipal council, which answers.
 *
 * <p>A minimum age is checked without keeping birth dates: the signer re-enters the civil identity
 * the census verified, whose keyed hash must equal the one of their verification (see {@code
 * PetitionSigning#signWithIdentity}).
 */
@ApplicationScoped
public class PetitionsModule implements ParvisModule {

  public static final String ID = "petitions";
  public static final String THRESHOLD = "threshold";
  public static final String DURATION_DAYS = "durationDays";
  public static final String PAPER_SIGNATURES = "paperSignatures";
  public static final String MINIMUM_AGE = "minimumAge";
  public static final String MODERATE = "petitions.moderate";
  public static final String ENTER_PAPER = "petitions.paper";
  public static final String ANSWER = "petitions.answer";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Pétitions", "Petitions");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Pétitions citoyennes : au seuil de signatures, le conseil municipal s'en saisit.",
        "Citizen petitions: at the signature threshold, the municipal council takes them up.");
  }

  @Override
  public List<ModuleSetting> settings() {
    return List.of(
        ModuleSetting.integer(THRESHOLD,
            LocalizedText.of("Seuil de signatures", "Signature threshold"), 500, 1, 10_000_000),
        ModuleSetting.integer(DURATION_DAYS,
            LocalizedText.of("Durée de signature (jours)", "Signing period (days)"), 90, 1, 730),
        ModuleSetting.bool(PAPER_SIGNATURES,
            LocalizedText.of("Signatures papier acceptées", "Paper signatures accepted"), true),
        ModuleSetting.integer(MINIMUM_AGE,
            LocalizedText.of("Âge minimum pour signer (0 : aucun)", "Minimum age to sign (0: none)"),
            0, 0, 25));
  }

  @Override
  public List<ModulePermission> permissions() {
    return List.of(
        new ModulePermission(MODERATE,
            LocalizedText.of("Modérer et publier les pétitions", "Moderate and publish petitions"),
            Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)),
        new ModulePermission(ENTER_PAPER,
            LocalizedText.of("Saisir les signatures papier", "Enter paper signatures"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)),
        new ModulePermission(ANSWER,
            LocalizedText.of("Publier la réponse du conseil", "Publish the council's answer"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Pétitions", "Petitions"), "/petitions"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Modération des pétitions", "Petition moderation"),
            LocalizedText.of("Publier les pétitions envoyées, ou les refuser avec un motif public.",
                "Publish the petitions sent, or refuse them with a public reason."),
            "/petitions/moderation", Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)),
        new AdministrationEntry(LocalizedText.of("Suivi des pétitions", "Petitions follow-up"),
            LocalizedText.of("Saisir les signatures papier, puis la date de séance et la réponse du conseil municipal.",
                "Enter paper signatures, then the municipal council's meeting date and answer."),
            "/petitions/administration", Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }
}
