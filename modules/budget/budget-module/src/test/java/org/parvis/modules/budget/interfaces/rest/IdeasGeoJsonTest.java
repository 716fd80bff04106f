package org.parvis.modules.budget.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.budget.domain.Idea;

class IdeasGeoJsonTest {

  @Test
  void ideasAndProjectsThatGiveAPlaceArePointsLongitudeFirst() {
    UUID edition = UUID.randomUUID();
    Idea garden = new Idea(edition, UUID.randomUUID(), "Jardin partagé", "…", "cadre de vie", 45.19, 5.72, 40000,
        "auteur");
    garden.acceptAsFeasible(38000, "Terrain municipal");
    Idea benches = new Idea(edition, UUID.randomUUID(), "Bancs", "…", "cadre de vie", 45.18, 5.73, 10000, "auteur");
    Idea nowhere = new Idea(edition, UUID.randomUUID(), "Fête", "…", "culture", null, null, 5000, "auteur");

    JsonObject map = EditionIdeasResource.geoJson(edition, List.of(garden, benches, nowhere));
    assertEquals("FeatureCollection", map.getString("type"));
    assertEquals(2, map.getJsonArray("features").size());
    JsonObject first = map.getJsonArray("features").getJsonObject(0);
    assertEquals(5.72, first.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue());
    assertEquals(45.19, first.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(1).doubleValue());
    assertEquals("project", first.getJsonObject("properties").getString("kind"));
    assertEquals(38000, first.getJsonObject("properties").getInt("cost"));
    assertEquals("/budget/" + edition + "/projects/" + garden.id(), first.getJsonObject("properties").getString("url"));
    assertEquals("idea", map.getJsonArray("features").getJsonObject(1).getJsonObject("properties").getString("kind"));
  }
}
