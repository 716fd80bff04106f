package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.Idea;

class IdeasMapTest {

  private static final UUID EDITION = UUID.randomUUID();
  private static final BudgetMessages FR = BudgetMessages.in("fr");

  @Test
  void onlyIdeasThatGiveAPlaceAreDrawnEachAsANamedLinkToItsPage() {
    Idea garden = idea("Jardin <partagé>", 45.19, 5.72);
    Idea benches = idea("Bancs", null, null);
    String html = IdeasMap.of(EDITION, List.of(garden, benches), false, FR);
    assertTrue(html.contains("<h2 id=\"ideas-map-heading\">Carte des idées</h2>"), html);
    assertTrue(html.contains("<a href=\"/budget/" + EDITION + "/projects/" + garden.id()
        + "\" aria-label=\"Idée : Jardin &lt;partagé&gt;\">"), html);
    assertFalse(html.contains("Bancs"), "an idea without a place is only in the list");
  }

  @Test
  void fromTheVoteOnThePointsAreProjects() {
    String html = IdeasMap.of(EDITION, List.of(idea("Skatepark", 45.18, 5.73)), true, FR);
    assertTrue(html.contains("aria-label=\"Projet : Skatepark\""), html);
    assertTrue(html.contains("<rect x="), "projects are squares: " + html);
  }

  @Test
  void noPlaceNoMap() {
    assertEquals("", IdeasMap.of(EDITION, List.of(idea("Bancs", 45.19, null)), false, FR));
  }

  private static Idea idea(String title, Double latitude, Double longitude) {
    return new Idea(EDITION, UUID.randomUUID(), title, "Une idée", "cadre de vie", latitude,
        longitude, 1000, "author");
  }
}
