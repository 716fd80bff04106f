package org.parvis.modules.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;

/**
 * Manifest of the consent module: a circle of a collective proposes a decision; members consent,
 * object (with a reason) or stand aside; objections are answered by an amended proposal; the
 * decision is adopted when no objection remains. A module of its own rather than part of
 * votations: consent is a named deliberation, the opposite of a secret ballot.
 */
@ApplicationScoped
public class ConsentModule implements ParvisModule {

  public static final String ID = "consent";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Décisions par consentement", "Decisions by consent");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Un cercle propose, chacun consent, objecte ou s'abstient ; adoptée sans objection.",
        "A circle proposes; each member consents, objects or stands aside; adopted without objection.");
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Cercles et décisions", "Circles and decisions"), "/consent"));
  }
}
