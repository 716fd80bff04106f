package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantFixtures.CreatedTenant;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * Citizens prove they belong to a tenant (census, code, staff approval) before an action that
 * requires it — co-signing the participation charter — and one person takes part once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenProvesResidencyIT {

  private static final String SIGN = "/api/pages/charte/signatures";
  private static final String HELENE =
      "{\"lastName\": \"LEFEVRE\", \"firstNames\": \"helene marie\", \"birthDate\": \"1984-03-07\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  /** A commune with a published charter, offering {@code methods}, and its census. */
  private record Commune(CreatedTenant tenant, TenantHttp admin) {

    static Commune offering(String prefix, String methods) {
      var tenant = TenantFixtures.commune(prefix);
      var account = TestIdentities.person("admin-" + tenant.slug());
      TenantFixtures.appoint(tenant, account, "ADMIN");
      var admin = tenant.http().as(account.token());
      ok(admin.put("/api/admin/modules/pages/enabled", "{\"charterPage\": \"charte\"}"));
      ok(admin.put("/api/pages/charte", "{\"title\": \"Charte de la participation\","
          + " \"body\": \"Nous nous engageons…\", \"published\": true}"));
      ok(admin.put("/api/admin/residency", "{\"methods\": [" + methods + "]}"));
      return new Commune(tenant, admin);
    }

    Commune withCensus(String csv) {
      ok(admin.post("/api/admin/residency/census", csv, "text/csv"));
      return this;
    }

    TenantHttp citizen(String name) {
      return tenant.http().as(TestIdentities.person(name + "-" + tenant.slug()).token());
    }

    long signatures() {
      return tenant.http().get(SIGN).json().getJsonNumber("count").longValue();
    }
  }

  private static final String CENSUS = """
      nom;prénoms;date de naissance
      Lefèvre;Hélène Marie;1984-03-07
      Martin;Paul;02/01/1990
      """;

  private static TenantHttp.Reply ok(TenantHttp.Reply reply) {
    assertTrue(reply.status() / 100 == 2, reply::toString);
    return reply;
  }

  private static void assertProblem(int status, String type, TenantHttp.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(type, reply.json().getString("type"), reply::toString);
  }

  @Test
  void anUnverifiedCitizenIsRefusedWithAProblemSayingHowToGetVerified() {
    var commune = Commune.offering("non-verifie", "\"CENSUS\", \"CODE\"").withCensus(CENSUS);
    var citizen = commune.citizen("anonyme");

    var refused = citizen.post(SIGN, null);
    assertProblem(403, "urn:parvis:problem:residency-verification-required", refused);
    String detail = refused.json().getString("detail");
    assertTrue(detail.contains("/api/me/verification/census"), detail);
    assertTrue(detail.contains("/api/me/verification/code"), detail);
    assertFalse(detail.contains("/api/me/verification/request"), detail);
    assertEquals("[\"CODE\",\"CENSUS\"]", refused.json().getJsonArray("methods").toString());
    assertEquals("/api/me/verification", refused.json().getString("verification"));

    assertEquals(401, commune.tenant().http().post(SIGN, null).status());
    assertEquals(0, commune.signatures());
    var status = citizen.get("/api/me/verification").json();
    assertFalse(status.getBoolean("verified"));
    assertEquals(2, status.getJsonArray("methods").size());
  }

  @Test
  void aCensusMatchVerifiesAndTheCitizenSignsOnce() {
    var commune = Commune.offering("recensement", "\"CENSUS\"").withCensus(CENSUS);
    var helene = commune.citizen("helene");

    var verified = helene.post("/api/me/verification/census", HELENE);
    assertEquals(200, verified.status(), verified::toString);
    assertTrue(verified.json().getBoolean("verified"));
    assertEquals("CENSUS", verified.json().getString("method"));
    assertTrue(helene.get("/api/me").json().getBoolean("verified"));
    assertTrue(helene.get("/api/me").json().getJsonArray("roles").toString().contains("citizen"));

    var signed = helene.post(SIGN, null);
    assertEquals(201, signed.status(), signed::toString);
    assertEquals(1, signed.json().getJsonNumber("count").longValue());
    assertProblem(409, "urn:parvis:problem:already-signed", helene.post(SIGN, null));
    assertEquals(1, commune.signatures());
    assertTrue(helene.get(SIGN).json().getBoolean("signedByMe"));

    var stranger = commune.citizen("inconnu");
    assertProblem(422, "urn:parvis:problem:census-no-match", stranger.post(
        "/api/me/verification/census",
        "{\"lastName\": \"Dupont\", \"firstNames\": \"Jean\", \"birthDate\": \"1970-05-05\"}"));
    assertFalse(stranger.get("/api/me").json().getBoolean("verified"));
  }

  @Test
  void aCodeVerifiesOnceAndAWrongCodeIsRefused() {
    var commune = Commune.offering("courrier", "\"CODE\"");
    var issued = commune.admin().post("/api/admin/residency/codes",
        "{\"identities\": [{\"lastName\": \"Martin\", \"firstNames\": \"Paul\","
            + " \"birthDate\": \"1990-01-02\"}], \"validDays\": 30}");
    assertEquals(200, issued.status(), issued::toString);
    String code = issued.jsonArray().getJsonObject(0).getString("code");
    assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);

    var paul = commune.citizen("paul");
    assertProblem(422, "urn:parvis:problem:invalid-code",
        paul.post("/api/me/verification/code", "{\"code\": \"AAAA-BBBB-CCCC\"}"));
    assertFalse(paul.get("/api/me").json().getBoolean("verified"));

    var typedOnPaper = code.toLowerCase().replace("-", " ");
    var verified = paul.post("/api/me/verification/code", "{\"code\": \"" + typedOnPaper + "\"}");
    assertEquals(200, verified.status(), verified::toString);
    assertEquals("CODE", verified.json().getString("method"));
    assertEquals(201, paul.post(SIGN, null).status());

    var other = commune.citizen("autre");
    assertProblem(422, "urn:parvis:problem:invalid-code",
        other.post("/api/me/verification/code", "{\"code\": \"" + code + "\"}"));
  }

  @Test
  void guessingIsStoppedAfterTenFailuresEvenWithTheRightCode() {
    var commune = Commune.offering("devinette", "\"CODE\", \"CENSUS\"").withCensus(CENSUS);
    var guesser = commune.citizen("devin");
    for (int i = 0; i < 10; i++) {
      assertEquals(422, guesser.post("/api/me/verification/census", "{\"lastName\": \"Martin\","
          + " \"firstNames\": \"Paul\", \"birthDate\": \"1990-01-" + (10 + i) + "\"}").status());
    }
    var stopped = guesser.post("/api/me/verification/census",
        "{\"lastName\": \"Martin\", \"firstNames\": \"Paul\", \"birthDate\": \"1990-01-02\"}");
    assertProblem(429, "urn:parvis:problem:too-many-attempts", stopped);
    assertProblem(429, "urn:parvis:problem:too-many-attempts",
        guesser.post("/api/me/verification/code", "{\"code\": \"AAAA-BBBB-CCCC\"}"));
    assertFalse(guesser.get("/api/me").json().getBoolean("verified"));
    ok(commune.citizen("paul").post("/api/me/verification/census", "{\"lastName\": \"Martin\","
        + " \"firstNames\": \"Paul\", \"birthDate\": \"1990-01-02\"}"));
  }

  @Test
  void aSecondAccountWithTheSameIdentityIsRefused() {
    var commune = Commune.offering("doublon", "\"CENSUS\"").withCensus(CENSUS);
    ok(commune.citizen("helene-1").post("/api/me/verification/census", HELENE));

    var second = commune.citizen("helene-2");
    var refused = second.post("/api/me/verification/census",
        "{\"lastName\": \"Lefèvre\", \"firstNames\": \"Hélène-Marie\", \"birthDate\": \"1984-03-07\"}");
    assertProblem(409, "urn:parvis:problem:identity-already-verified", refused);
    assertFalse(second.get("/api/me").json().getBoolean("verified"));
    assertEquals(403, second.post(SIGN, null).status());
  }

  @Test
  void aDeletedAccountsIdentityStillBlocksANewAccount() {
    var commune = Commune.offering("depart", "\"CENSUS\"").withCensus(CENSUS);
    var first = commune.citizen("helene-avant");
    ok(first.post("/api/me/verification/census", HELENE));
    assertEquals(201, first.post(SIGN, null).status());

    assertEquals(204, first.delete("/api/me/membership").status());
    var gone = first.get("/api/me").json();
    assertFalse(gone.getBoolean("verified"), gone::toString);
    assertTrue(gone.getJsonArray("roles").isEmpty(), gone::toString);
    assertProblem(403, "urn:parvis:problem:residency-verification-required",
        first.post(SIGN, null));

    var newAccount = commune.citizen("helene-apres");
    assertProblem(409, "urn:parvis:problem:identity-already-verified",
        newAccount.post("/api/me/verification/census", HELENE));
    assertEquals(403, newAccount.post(SIGN, null).status());
    assertEquals(1, commune.signatures());
  }

  @Test
  void aVerificationInAnotherTenantDoesNotCount() {
    var grenoble = Commune.offering("ici", "\"CENSUS\"").withCensus(CENSUS);
    var voisine = Commune.offering("voisine", "\"CENSUS\"").withCensus(CENSUS);
    var account = TestIdentities.person("helene-deux-communes");
    var inGrenoble = grenoble.tenant().http().as(account.token());
    var inVoisine = voisine.tenant().http().as(account.token());

    ok(inGrenoble.post("/api/me/verification/census", HELENE));
    assertProblem(403, "urn:parvis:problem:residency-verification-required",
        inVoisine.post(SIGN, null));
    assertFalse(inVoisine.get("/api/me").json().getBoolean("verified"));

    ok(inVoisine.post("/api/me/verification/census", HELENE));
    assertEquals(201, inVoisine.post(SIGN, null).status());
    assertEquals(0, grenoble.signatures());
  }

  @Test
  void staffApprovesARequestAndThatVerifies() {
    var commune = Commune.offering("guichet", "\"STAFF_APPROVAL\"");
    var staffAccount = TestIdentities.person("agent-" + commune.tenant().slug());
    TenantFixtures.appoint(commune.tenant(), staffAccount, "STAFF");
    var staff = commune.tenant().http().as(staffAccount.token());
    var citizen = commune.citizen("demandeur");

    var asked = citizen.post("/api/me/verification/request", HELENE);
    assertEquals(202, asked.status(), asked::toString);
    assertFalse(asked.json().getBoolean("verified"));
    assertEquals(403, citizen.get("/api/staff/residency/requests").status());

    var pending = staff.get("/api/staff/residency/requests").jsonArray();
    assertEquals(1, pending.size(), pending::toString);
    assertEquals("LEFEVRE", pending.getJsonObject(0).getString("lastName"));
    String id = pending.getJsonObject(0).getString("id");

    ok(staff.post("/api/me/verification/request", HELENE.replace("LEFEVRE", "AGENT")));
    String own = staff.get("/api/staff/residency/requests").jsonArray().stream()
        .map(r -> r.asJsonObject()).filter(r -> r.getString("lastName").equals("AGENT"))
        .findFirst().orElseThrow().getString("id");
    assertEquals(403, staff.post("/api/staff/residency/requests/" + own + "/approval", null).status());
    assertEquals(204, staff.delete("/api/staff/residency/requests/" + own).status());

    assertEquals(204, staff.post("/api/staff/residency/requests/" + id + "/approval", null).status());
    var status = citizen.get("/api/me/verification").json();
    assertTrue(status.getBoolean("verified"), status::toString);
    assertEquals("STAFF_APPROVAL", status.getString("method"));
    assertTrue(staff.get("/api/staff/residency/requests").jsonArray().isEmpty());
    assertEquals(404,
        staff.post("/api/staff/residency/requests/" + id + "/approval", null).status());
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    var commune = Commune.offering("saisie", "\"CENSUS\"").withCensus(CENSUS);
    var admin = commune.admin();

    var badCensus = admin.post("/api/admin/residency/census",
        "Durand;Marie;1975-12-31\nPetit;Luc\n", "text/csv");
    assertProblem(400, "urn:parvis:problem:invalid-census", badCensus);
    assertEquals("2",
        badCensus.json().getJsonArray("errors").getJsonObject(0).getString("line"));
    assertEquals(2, admin.get("/api/admin/residency").json().getJsonNumber("censusSize").intValue());

    var pigeon = admin.put("/api/admin/residency", "{\"methods\": [\"PIGEON\"]}");
    assertEquals(400, pigeon.status(), pigeon::toString);
    assertTrue(pigeon.isProblem(), pigeon::toString);
    assertProblem(400, "urn:parvis:problem:invalid-request",
        admin.put("/api/admin/residency", "{}"));
    assertEquals("[\"CENSUS\"]",
        admin.get("/api/admin/residency").json().getJsonArray("methods").toString());
    assertProblem(400, "urn:parvis:problem:invalid-request",
        admin.post("/api/admin/residency/codes", "{\"identities\": []}"));

    var citizen = commune.citizen("maladroit");
    var noDate = citizen.post("/api/me/verification/census",
        "{\"lastName\": \"Lefèvre\", \"firstNames\": \"Hélène\"}");
    assertProblem(400, "urn:parvis:problem:invalid-request", noDate);
    assertEquals("birthDate",
        noDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    var noLetters = citizen.post("/api/me/verification/census",
        "{\"lastName\": \"Lefèvre\", \"firstNames\": \"--\", \"birthDate\": \"1984-03-07\"}");
    assertProblem(400, "urn:parvis:problem:invalid-request", noLetters);
    assertEquals("firstNames",
        noLetters.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertProblem(403, "urn:parvis:problem:verification-method-not-offered",
        citizen.post("/api/me/verification/code", "{\"code\": \"AAAA-BBBB-CCCC\"}"));
    assertEquals(403, citizen.put("/api/admin/residency", "{\"methods\": []}").status());
    assertFalse(citizen.get("/api/me").json().getBoolean("verified"));
  }
}
