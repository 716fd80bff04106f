package org.parvis.modules.convention;

import java.util.Set;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.module.AdministrationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;

/**
 * Manifest of the citizens' convention module: a panel of residents drawn by lot among
 * volunteers, fairly (LEXIMIN selection probabilities under quotas) and verifiably (the pool, the
 * quotas and the M equally likely panels are published before the public seed picks one).
 */
@ApplicationScoped
public class ConventionModule implements ParvisModule {

  public static final String ID = "convention";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Convention citoyenne", "Citizens' convention");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Une convention d'habitants tirés au sort, de façon équitable et vérifiable par tous.",
        "A convention of residents drawn by lot, fairly and in a way anyone can check.");
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(
        LocalizedText.of("Convention citoyenne", "Citizens' convention"), "/convention"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Console de la convention citoyenne", "Citizens' convention console"),
            LocalizedText.of("Appel à volontaires, quotas, tirage au sort public, remplacements.",
                "Call for volunteers, quotas, public draw, replacements."),
            "/convention/admin", Set.of(TenantRole.ADMIN)),
        new AdministrationEntry(LocalizedText.of("Travaux du panel", "Panel work"),
            LocalizedText.of("Séances, documents, votes sur les propositions, réponse de la commune.",
                "Sessions, documents, votes on proposals, the commune's response."),
            "/convention/admin/work", Set.of(TenantRole.ADMIN)));
  }
}
