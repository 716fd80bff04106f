package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.parvis.testsupport.TenantFixtures.CreatedTenant;
import org.parvis.testsupport.TenantHttp;

/**
 * A commune with the budget module enabled, an administrator, a staff member and a census of
 * residents who can verify themselves; helpers to create an edition and move it through its
 * phases as an administrator would, by moving the calendar's dates.
 */
record BudgetCommune(VerifiedCommune commune, TenantHttp staff) {

  static BudgetCommune create(String prefix, String... residents) {
    return withDistricts(prefix, Stream.of(residents).map(name -> name + ";").toArray(String[]::new));
  }

  /**
   * Residents given as {@code LASTNAME;district} (district blank for none), all first-named
   * Camille and born 1980-01-01 like those of {@link #create}.
   */
  static BudgetCommune withDistricts(String prefix, String... residentsAndDistricts) {
    var commune = VerifiedCommune.enabling(prefix, "budget", "{}",
        Stream.of(residentsAndDistricts).map(row -> row.replaceFirst(";", ";Camille;1980-01-01;"))
            .toList());
    return new BudgetCommune(commune, commune.withRole("agent", "STAFF"));
  }

  CreatedTenant tenant() {
    return commune.tenant();
  }

  TenantHttp admin() {
    return commune.admin();
  }

  /** A signed-in account in this tenant, not verified. */
  TenantHttp account(String name) {
    return commune.account(name);
  }

  /** A resident of the census, signed in with a new account and verified. */
  TenantHttp verifiedResident(String lastName) {
    return verify(account(lastName.toLowerCase() + "-compte"), lastName);
  }

  static TenantHttp verify(TenantHttp account, String lastName) {
    ok(account.post("/api/me/verification/census", "{\"lastName\": \"" + lastName
        + "\", \"firstNames\": \"Camille\", \"birthDate\": \"1980-01-01\"}"));
    return account;
  }

  /**
   * Creates an edition in its idea-submission phase with the given ballot rules (a JSON object)
   * and envelopes (a JSON array), under {@code rule}.
   */
  JsonObject edition(String rule, String ballot, String envelopes) {
    var created = admin().post("/api/budget/editions", "{\"title\": \"Budget participatif 2027\","
        + " \"allocationRule\": \"" + rule + "\", \"ballot\": " + ballot + ", \"calendar\": "
        + calendar(0) + ", \"envelopes\": " + envelopes + "}");
    assertEquals(201, created.status(), created::toString);
    assertEquals("IDEA_SUBMISSION", created.json().getString("phase"));
    return created.json();
  }

  /**
   * The calendar whose phase {@code index} (0 submission, 1 review, 2 vote) opened a day ago and
   * each later phase opens a day after the previous one.
   */
  static String calendar(int openedPhase) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant[] dates = new Instant[5];
    for (int i = 0; i < 5; i++) {
      int days = i <= openedPhase ? -(openedPhase - i + 1) : i - openedPhase;
      dates[i] = now.plus(days, ChronoUnit.DAYS);
    }
    return "{\"submissionOpens\": \"" + dates[0] + "\", \"reviewOpens\": \"" + dates[1]
        + "\", \"voteOpens\": \"" + dates[2] + "\", \"voteCloses\": \"" + dates[3]
        + "\", \"implementationOpens\": \"" + dates[4] + "\"}";
  }

  /** Moves the edition's calendar so that phase {@code index} is open; checks the phase. */
  void moveTo(String editionId, int openedPhase, String expectedPhase) {
    var moved = admin().put("/api/budget/editions/" + editionId + "/calendar",
        calendar(openedPhase));
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(expectedPhase, moved.json().getString("phase"));
  }

  /** Submits an idea as {@code citizen}; returns its id. */
  static String idea(TenantHttp citizen, String editionId, String envelopeId, String title,
      long cost) {
    var submitted = citizen.post("/api/budget/editions/" + editionId + "/ideas",
        "{\"envelopeId\": \"" + envelopeId + "\", \"title\": \"" + title + "\","
            + " \"description\": \"Une idée pour le quartier\", \"category\": \"cadre de vie\","
            + " \"latitude\": 45.19, \"longitude\": 5.72, \"estimatedCost\": " + cost + "}");
    assertEquals(201, submitted.status(), submitted::toString);
    return submitted.json().getString("id");
  }

  /** Staff find the idea feasible at {@code cost}. */
  void feasible(String ideaId, long cost) {
    ok(staff.post("/api/budget/ideas/" + ideaId + "/review",
        "{\"feasible\": true, \"reason\": \"Réalisable par les services\", \"finalCost\": " + cost
            + "}"));
  }

  static String envelopeId(JsonObject edition, int index) {
    return edition.getJsonArray("envelopes").getJsonObject(index).getString("id");
  }

  static TenantHttp.Reply ok(TenantHttp.Reply reply) {
    return VerifiedCommune.ok(reply);
  }
}
