package org.parvis.modules.questions;

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
 * Manifest of the questions module: verified residents question the council or one of its elected officials;
 * moderators publish, reject (with a public reason) or merge; residents support a question once per person; at the
 * tenant's threshold within the collection period the question is selected, put on a council session's agenda by
 * staff, and its answer published — the asker and supporters are told by e-mail. Each official and the council have
 * a public page of facts: questions received, answered, overdue, median days to answer.
 */
@ApplicationScoped
public class QuestionsModule implements ParvisModule {

  public static final String ID = "questions";
  public static final String THRESHOLD = "threshold";
  public static final String COLLECTION_DAYS = "collectionDays";
  public static final String ANSWER_DEADLINE_DAYS = "answerDeadlineDays";
  public static final String MODERATE = "questions.moderate";
  public static final String MANAGE = "questions.manage";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Questions aux élu·es", "Questions to elected officials");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Les habitant·es interpellent le conseil municipal et leurs élu·es ; les questions soutenues reçoivent une"
            + " réponse publique en séance.",
        "Residents question the municipal council and its officials; supported questions get a public answer in"
            + " session.");
  }

  @Override
  public List<ModuleSetting> settings() {
    return List.of(
        ModuleSetting.integer(THRESHOLD,
            LocalizedText.of("Seuil de soutiens", "Support threshold"), 50, 1, 1_000_000),
        ModuleSetting.integer(COLLECTION_DAYS,
            LocalizedText.of("Durée de collecte des soutiens (jours)", "Support collection period (days)"),
            60, 1, 365),
        ModuleSetting.integer(ANSWER_DEADLINE_DAYS,
            LocalizedText.of("Délai de réponse (jours)", "Answer deadline (days)"), 60, 1, 365));
  }

  @Override
  public List<ModulePermission> permissions() {
    return List.of(
        new ModulePermission(MODERATE,
            LocalizedText.of("Modérer les questions", "Moderate questions"),
            Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)),
        new ModulePermission(MANAGE,
            LocalizedText.of("Tenir l'annuaire des élu·es, les séances et publier les réponses",
                "Keep the officials' directory and sessions, publish answers"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Questions aux élu·es", "Questions to officials"),
        "/questions"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Modération des questions", "Question moderation"),
            LocalizedText.of("Publier, refuser avec un motif public ou fusionner les questions reçues.",
                "Publish, reject with a public reason or merge the questions received."),
            "/questions/moderation", Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)),
        new AdministrationEntry(LocalizedText.of("Élu·es, séances et réponses", "Officials, sessions and answers"),
            LocalizedText.of("Tenir l'annuaire des élu·es et le calendrier des séances, inscrire les questions à"
                    + " l'ordre du jour et publier les réponses.",
                "Keep the officials' directory and the sessions' calendar, put questions on the agenda and publish"
                    + " the answers."),
            "/questions/council-office", Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }
}
