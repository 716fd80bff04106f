package org.parvis.modules.votations;

import org.parvis.spi.module.AdministrationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ModulePermission;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

/**
 * Manifest of the votations module: local votes by secret ballot, counted by majority judgment,
 * approval or single choice. Eligible: the tenant's verified residents, one ballot per person.
 */
@ApplicationScoped
public class VotationsModule implements ParvisModule {

  public static final String ID = "votations";
  public static final String ORGANIZE = "votations.organize";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Votations", "Votes");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Votations locales à bulletin secret : jugement majoritaire, approbation ou choix unique.",
        "Local votes by secret ballot: majority judgment, approval or single choice.");
  }

  @Override
  public List<ModulePermission> permissions() {
    return List.of(new ModulePermission(ORGANIZE,
        LocalizedText.of("Organiser les votations", "Organize votes"),
        Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }


  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Votations", "Votes"), "/votations"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Administration des votations", "Votations administration"),
            LocalizedText.of("Créer, modifier, ouvrir et clore les votations ; suivre la participation.",
                "Create, edit, open and close votations; follow turnout."),
            "/votations/administration", Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }
}
