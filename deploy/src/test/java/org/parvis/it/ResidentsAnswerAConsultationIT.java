package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * Residents answer a consultation: every type of question answered, counted and exported as stored; one
 * participation per verified person however many submissions arrive at once; a district consultation refuses the
 * other districts; anonymous answers cannot be linked to their authors, in pages, exports or tables.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResidentsAnswerAConsultationIT {

  private static final int PARALLEL = 20;

  /** q1 single, q2 multiple 1..2, q3 scale 1..5, q4 ranking, q5 short text if q1 = o2, q6 long, q7 grid, q8 point. */
  static final String QUESTIONNAIRE = "{\"sections\": [{\"title\": \"Vos usages\", \"intro\": \"\", \"questions\": ["
      + question("q1", "SINGLE_CHOICE", true, 0, 0, "[\"À pied\", \"À vélo\", \"En voiture\"]", "[]", null) + ","
      + question("q2", "MULTIPLE_CHOICE", false, 1, 2, "[\"Jeux\", \"Bancs\", \"Arbres\"]", "[]", null) + ","
      + question("q3", "SCALE", true, 0, 5, "[]", "[]", null) + ","
      + question("q4", "RANKING", false, 0, 0, "[\"Ombre\", \"Calme\", \"Fontaine\"]", "[]", null)
      + "]}, {\"title\": \"Vos idées\", \"intro\": \"\", \"questions\": ["
      + question("q5", "SHORT_TEXT", true, 0, 0, "[]", "[]", "{\"question\": \"q1\", \"option\": \"o2\"}") + ","
      + question("q6", "LONG_TEXT", false, 0, 0, "[]", "[]", null) + ","
      + question("q7", "GRID", false, 0, 0, "[\"Projet A\", \"Projet B\"]",
          "[\"Très bien\", \"Bien\", \"Passable\", \"À rejeter\"]", null) + ","
      + question("q8", "MAP_POINT", false, 0, 0, "[]", "[]", null) + "]}]}";

  private static final String FULL = "{\"q1\": [\"o2\"], \"q2\": [\"o1\", \"o3\"], \"q3\": 4,"
      + " \"q4\": [\"o3\", \"o1\", \"o2\"], \"q5\": \"Des arceaux à vélo\", \"q6\": \"Une fontaine,\\net de l'ombre.\","
      + " \"q7\": {\"o1\": 3, \"o2\": 1}, \"q8\": {\"lat\": 45.1885, \"lon\": 5.7245}}";

  /** On foot: q5 is hidden, and its answer sent anyway is dropped. */
  private static final String ON_FOOT = "{\"q1\": [\"o1\"], \"q3\": 2, \"q4\": [\"o1\", \"o2\", \"o3\"],"
      + " \"q5\": \"caché\", \"q7\": {\"o1\": 2, \"o2\": 0}}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  static String question(String id, String type, boolean required, int min, int max, String options, String grades,
      String condition) {
    StringBuilder list = new StringBuilder("[");
    var labels = Json.createReader(new StringReader(options)).readArray();
    for (int i = 0; i < labels.size(); i++) {
      list.append(i == 0 ? "" : ",").append("{\"id\": \"o").append(i + 1).append("\", \"label\": ")
          .append(labels.get(i).toString()).append("}");
    }
    list.append("]");
    return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"label\": \"Question " + id + "\", \"hint\": \"\","
        + " \"required\": " + required + ", \"min\": " + min + ", \"max\": " + max + ", \"options\": " + list
        + ", \"grades\": " + grades + (condition == null ? "" : ", \"condition\": " + condition) + "}";
  }

  static String consultation(String audience, String districts, boolean anonymous) {
    return "{\"title\": \"Réaménagement de la place Saint-Bruno\", \"presentation\": \"La place sera refaite.\","
        + " \"opensAt\": \"" + Instant.now().minus(1, ChronoUnit.MINUTES) + "\", \"closesAt\": \""
        + Instant.now().plus(10, ChronoUnit.DAYS) + "\", \"audience\": \"" + audience + "\", \"districts\": "
        + districts + ", \"anonymous\": " + anonymous + ", \"questionnaire\": " + QUESTIONNAIRE + "}";
  }

  static VerifiedCommune commune(String prefix) {
    List<String> census = new ArrayList<>();
    for (int i = 1; i <= VerifiedCommune.CENSUS_SIZE; i++) {
      census.add(VerifiedCommune.lastName(i) + ";Test;" + VerifiedCommune.birthDate(i) + ";"
          + (i % 2 == 0 ? "Berriat" : "Championnet"));
    }
    return VerifiedCommune.enabling(prefix, "consultations", "{}", census);
  }

  private static String answer(String answers, boolean submit) {
    return "{\"answers\": " + answers + ", \"submit\": " + submit + "}";
  }

  @Test
  void everyTypeIsAnsweredCountedAndExportedAsStored() {
    var commune = commune("consultation-types");
    String id = ok(commune.admin().post("/api/consultations", consultation("VERIFIED_RESIDENTS", "[]", false)))
        .json().getString("id");
    String base = "/api/consultations/" + id;
    TenantHttp first = commune.verifiedCitizen(1);
    TenantHttp second = commune.verifiedCitizen(2);
    TenantHttp drafter = commune.verifiedCitizen(3);

    // A first version, then the final one: one participation, its last answers.
    ok(first.put(base + "/answers/mine", answer(FULL.replace("\"q3\": 4", "\"q3\": 1"), true)));
    ok(first.put(base + "/answers/mine", answer(FULL, true)));
    ok(second.put(base + "/answers/mine", answer(ON_FOOT, true)));
    // A draft may leave required questions out; it is not counted.
    ok(drafter.put(base + "/answers/mine", answer("{\"q2\": [\"o2\"]}", false)));
    assertFalse(ok(drafter.get(base + "/answers/mine")).json().getBoolean("submitted"));
    var incomplete = drafter.put(base + "/answers/mine", answer("{\"q2\": [\"o2\"]}", true));
    assertTrue(incomplete.status() / 100 == 4 && incomplete.isProblem(), incomplete::toString);
    var tooMany = drafter.put(base + "/answers/mine", answer("{\"q1\": [\"o1\"], \"q3\": 1,"
        + " \"q2\": [\"o1\", \"o2\", \"o3\"]}", true));
    assertTrue(tooMany.status() / 100 == 4, tooMany::toString);
    // Not verified: refused.
    var stranger = commune.account("passant").put(base + "/answers/mine", answer(FULL, true));
    assertEquals(403, stranger.status(), stranger::toString);
    // Results are published at the close.
    assertEquals(409, commune.tenant().http().get(base + "/results").status());

    ok(commune.admin().post(base + "/closing", null));
    var late = second.put(base + "/answers/mine", answer(FULL, true));
    assertEquals(409, late.status(), late::toString);

    JsonObject results = ok(commune.tenant().http().get(base + "/results")).json();
    assertEquals(2, results.getInt("participations"));
    var q = results.getJsonArray("questions");
    assertEquals(Json.createObjectBuilder().add("o1", 1).add("o2", 1).add("o3", 0).build(),
        q.getJsonObject(0).getJsonObject("counts"));
    assertEquals(Json.createObjectBuilder().add("o1", 1).add("o2", 0).add("o3", 1).build(),
        q.getJsonObject(1).getJsonObject("counts"));
    assertEquals(1, q.getJsonObject(1).getInt("respondents"));
    assertEquals(1, q.getJsonObject(2).getJsonObject("counts").getInt("4"));
    assertEquals(1, q.getJsonObject(2).getJsonObject("counts").getInt("2"));
    assertEquals(0, q.getJsonObject(2).getJsonObject("counts").getInt("1"), "the first version is not counted");
    // ranking: o3 3+1, o1 2+3, o2 1+2
    assertEquals(Json.createObjectBuilder().add("o1", 5).add("o3", 4).add("o2", 3).build(),
        q.getJsonObject(3).getJsonObject("rankPoints"));
    assertEquals(1, q.getJsonObject(4).getInt("respondents"), "the hidden question's answer was dropped");
    assertEquals(List.of(), q.getJsonObject(4).getJsonArray("publishedTexts"), "texts wait for moderation");
    var grid = q.getJsonObject(6).getJsonArray("grid");
    assertEquals("o1", grid.getJsonObject(0).getString("option"));
    assertEquals(1, q.getJsonObject(7).getJsonArray("points").size());

    // A moderator publishes one text: it appears, the others stay counted only.
    var texts = ok(commune.admin().get(base + "/texts")).jsonArray();
    assertEquals(2, texts.size(), texts::toString);
    var shortText = texts.stream().map(t -> t.asJsonObject()).filter(t -> t.getString("question").equals("q5"))
        .findFirst().orElseThrow();
    assertEquals(204, commune.admin().put(base + "/texts/" + shortText.getString("participation") + "/q5",
        "{\"published\": true}").status());
    results = ok(commune.tenant().http().get(base + "/results")).json();
    assertEquals(List.of("Des arceaux à vélo"), results.getJsonArray("questions").getJsonObject(4)
        .getJsonArray("publishedTexts").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList());

    // The exports hold exactly the stored answers, one participation each, anonymised.
    var export = ok(commune.admin().get(base + "/export.json")).json().getJsonArray("participations");
    Set<JsonObject> exported = new HashSet<>(export.getValuesAs(JsonObject.class));
    Set<JsonObject> stored = Set.of(ok(first.get(base + "/answers/mine")).json().getJsonObject("answers"),
        ok(second.get(base + "/answers/mine")).json().getJsonObject("answers"));
    assertEquals(stored, exported);
    var csv = ok(commune.admin().send("GET", base + "/export.csv", null, "text/csv")).body();
    String[] lines = csv.split("\r\n");
    assertEquals(3, lines.length, csv);
    assertTrue(lines[0].startsWith("participation,q1 Question q1,"), csv);
    assertTrue(csv.contains(",À vélo,Jeux | Arbres,4,Fontaine > Ombre > Calme,Des arceaux à vélo,"), csv);
    assertTrue(csv.contains("Projet A: Très bien | Projet B: Passable,45.188500 5.724500"), csv);
    assertTrue(csv.contains(",À pied,,2,Ombre > Calme > Fontaine,,,Projet A: Bien | Projet B: À rejeter,"), csv);
    assertFalse(csv.contains("citoyen") || csv.contains("@"), csv);

    // The conclusions are published on the consultation's page.
    ok(commune.admin().put(base + "/conclusions", "{\"text\": \"Nous garderons les platanes.\"}"));
    var page = commune.tenant().http().getHtml("/consultations/" + id);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("Nous garderons les platanes."), page.body());
  }

  @Test
  void twentySubmissionsAtOnceByOneVerifiedPersonLeaveOneParticipation() throws Exception {
    var commune = commune("consultation-paralleles");
    for (boolean anonymous : new boolean[] {false, true}) {
      String id = ok(commune.admin().post("/api/consultations", consultation("VERIFIED_RESIDENTS", "[]",
          anonymous))).json().getString("id");
      String base = "/api/consultations/" + id;
      TenantHttp resident = commune.verifiedCitizen(anonymous ? 5 : 4);
      List<TenantHttp.Reply> replies = all(() -> resident.put(base + "/answers/mine", answer(FULL, true)));
      assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409), replies::toString);
      assertTrue(replies.stream().anyMatch(r -> r.status() == 200), replies::toString);
      if (anonymous) {
        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
      }
      var participations = ok(commune.admin().get(base + "/export.json")).json().getJsonArray("participations");
      assertEquals(1, participations.size(), participations::toString);
    }
  }

  @Test
  void aDistrictConsultationRefusesTheOtherDistricts() {
    var commune = commune("consultation-quartier");
    String id = ok(commune.admin().post("/api/consultations", consultation("DISTRICTS", "[\"Berriat\"]", false)))
        .json().getString("id");
    String base = "/api/consultations/" + id;
    ok(commune.verifiedCitizen(2).put(base + "/answers/mine", answer(FULL, true)));
    var other = commune.verifiedCitizen(1).put(base + "/answers/mine", answer(FULL, true));
    assertEquals(403, other.status(), other::toString);
    assertTrue(other.json().getString("type").endsWith("consultation-other-district"), other::toString);
    var unverified = commune.account("voisin").put(base + "/answers/mine", answer(FULL, true));
    assertEquals(403, unverified.status(), unverified::toString);
    var anonymousVisitor = commune.tenant().http().put(base + "/answers/mine", answer(FULL, true));
    assertEquals(401, anonymousVisitor.status(), anonymousVisitor::toString);
  }

  @Test
  void anonymousAnswersCannotBeLinkedToTheirAuthors() throws SQLException {
    var commune = commune("consultation-anonyme");
    String id = ok(commune.admin().post("/api/consultations", consultation("VERIFIED_RESIDENTS", "[]", true)))
        .json().getString("id");
    String base = "/api/consultations/" + id;
    List<TenantHttp> residents = List.of(commune.verifiedCitizen(6), commune.verifiedCitizen(7),
        commune.verifiedCitizen(8));
    for (int i = 0; i < residents.size(); i++) {
      ok(residents.get(i).put(base + "/answers/mine", answer(FULL.replace("Des arceaux à vélo", "Texte " + i), true)));
    }
    var again = residents.get(0).put(base + "/answers/mine", answer(FULL, true));
    assertEquals(409, again.status(), again::toString);
    assertEquals(404, residents.get(0).get(base + "/answers/mine").status(), "nobody finds their answers again");

    assertEquals(3, count("select count(*) from consultation_participation where consultation_id = ?::uuid", id));
    assertEquals(0, count("select count(*) from consultation_participation where consultation_id = ?::uuid"
        + " and (participant_key is not null or updated_at is not null)", id));
    assertEquals(3, count("select count(*) from consultation_participant where consultation_id = ?::uuid", id));

    var page = commune.tenant().http().getHtml("/consultations/" + id);
    assertEquals(200, page.status(), page::toString);
    assertFalse(page.body().contains("Texte 0"), page.body());

    ok(commune.admin().post(base + "/closing", null));
    var csv = ok(commune.admin().send("GET", base + "/export.csv", null, "text/csv")).body();
    assertEquals(4, csv.split("\r\n").length, csv);
    assertFalse(csv.toLowerCase().contains("habitant") || csv.contains("@") || csv.contains("person:"), csv);
    String json = ok(commune.admin().get(base + "/export.json")).body();
    assertFalse(json.contains("person:") || json.contains("participant"), json);
  }

  private static long count(String sql, String consultationId) throws SQLException {
    try (Connection db = IntegrationServices.database().superuserConnection();
        var statement = db.prepareStatement(sql)) {
      statement.setString(1, consultationId);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static List<TenantHttp.Reply> all(Supplier<TenantHttp.Reply> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<TenantHttp.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return request.get();
        }));
      }
      start.countDown();
      List<TenantHttp.Reply> replies = new ArrayList<>();
      for (var future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
