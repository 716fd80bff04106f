package org.parvis.modules.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.parvis.spi.module.AdministrationEntry;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

/**
 * Manifest of the consultations module: the commune consults residents on its projects with a questionnaire,
 * publishes the results and then its conclusions ("what we heard, what we decided").
 */
@ApplicationScoped
public class ConsultationsModule implements ParvisModule {

  public static final String ID = "consultations";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Consultations", "Consultations");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Questionnaires sur les projets de la commune, résultats publics et conclusions.",
        "Questionnaires on the commune's projects, public results and conclusions.");
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Consultations", "Consultations"), "/consultations"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(new AdministrationEntry(
        LocalizedText.of("Administration des consultations", "Consultations administration"),
        LocalizedText.of("Créer les consultations et leurs questionnaires, modérer les réponses libres, publier les"
            + " conclusions.", "Create consultations and their questionnaires, moderate free answers, publish"
            + " conclusions."),
        "/consultations/administration", Set.of(TenantRole.ADMIN)));
  }
}
