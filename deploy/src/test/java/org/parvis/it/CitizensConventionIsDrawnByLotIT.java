package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.sortition.Algorithm;
import org.parvis.sortition.FairSortition;
import org.parvis.sortition.Lottery;
import org.parvis.sortition.Person;
import org.parvis.sortition.PoolHash;
import org.parvis.sortition.ProgressListener;
import org.parvis.sortition.Replacements;
import org.parvis.sortition.SortitionCsv;
import org.parvis.sortition.SortitionProblem;
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * A commune recruits volunteers (public form and invitation letters), freezes the pool, publishes
 * the lottery of equally likely panels, draws one from a public seed and replaces a member who
 * leaves; anyone re-checks every step with the sortition library from the published files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizensConventionIsDrawnByLotIT {

  private static final int PANEL = 4;
  private static final int M = 100;
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void volunteersAreDrawnPubliclyAndAMemberWhoLeavesIsReplacedWithinTheQuotas() throws Exception {
    var convention = ConventionCommune.recruiting("convention-tirage", ConventionCommune.QUOTAS, PANEL);
    var admin = convention.commune().admin();
    var anonymous = convention.commune().tenant().http();

    List<String> codes = jsonStrings(ok(admin.post(convention.path("/invitations"),
        "{\"count\": 2}")).json(), "codes");
    Map<Integer, Integer> personOfNumber = new HashMap<>();
    for (int i = 1; i <= 11; i++) {
      personOfNumber.put(convention.join(i, null), i);
    }
    personOfNumber.put(convention.join(12, codes.get(0)), 12);

    // The same person twice (names in other case), a used code, missing consent, unknown answer.
    String again = convention.volunteerJson(3, null).replace(convention.lastName(3),
        convention.lastName(3).toUpperCase());
    var duplicate = anonymous.post(convention.path("/volunteers"), again);
    assertEquals(409, duplicate.status(), duplicate::toString);
    assertTrue(duplicate.isProblem());
    assertEquals(403, convention.volunteer(13, codes.get(0)).status());
    assertEquals(400, anonymous.post(convention.path("/volunteers"),
        convention.volunteerJson(14, null).replace("\"consent\": true", "\"consent\": false")).status());
    var unknown = anonymous.post(convention.path("/volunteers"),
        convention.volunteerJson(15, null).replace("\"old\"", "\"ancient\"").replace("\"young\"", "\"ancient\""));
    assertEquals(400, unknown.status(), unknown::toString);
    assertTrue(unknown.body().contains("young, old"), unknown::toString);

    // Volunteer 11 changes their mind while recruiting: gone from the pool.
    int eleven = personOfNumber.entrySet().stream().filter(e -> e.getValue() == 11)
        .findFirst().orElseThrow().getKey();
    assertEquals(204, anonymous.post(convention.path("/withdrawals"),
        "{\"withdrawalCode\": \"" + convention.withdrawalCodes().get(eleven) + "\"}").status());
    personOfNumber.remove(eleven);
    assertEquals(11, ok(anonymous.get(convention.path(""))).json().getInt("poolSize"));

    // Freeze: the pool hash is public, and anyone rebuilds it from the public files.
    JsonObject frozen = ok(admin.post(convention.path("/freeze"), null)).json();
    assertEquals("FROZEN", frozen.getString("status"));
    assertEquals(409, convention.volunteer(16, null).status());
    SortitionProblem problem = publicProblem(anonymous, convention);
    assertEquals(PoolHash.of(problem), frozen.getString("poolHash"));

    JsonObject computation = awaitComputation(admin, convention);
    assertEquals("DONE", computation.getString("state"), computation::toString);
    assertEquals(computation.getInt("total"), computation.getInt("done"));
    assertEquals(404, anonymous.send("GET", convention.path("/lottery.txt"), null, "text/plain").status());

    // The M panels are published before the seed; the library computes the same lottery.
    JsonObject published = ok(admin.post(convention.path("/publication"), null)).json();
    assertEquals("PUBLISHED", published.getString("status"));
    String lotteryText = ok(anonymous.send("GET", convention.path("/lottery.txt"), null, "text/plain")).body();
    assertEquals(published.getString("lotteryHash"), sha256(lotteryText));
    Lottery recomputed = Lottery.of(FairSortition.probabilities(problem, Algorithm.LEXIMIN), M);
    assertEquals(recomputed.publication(), lotteryText);

    // The public seed picks a panel; the seated members are exactly that panel.
    String seed = "7 12 25 31 44 / 3";
    JsonObject drawn = ok(admin.post(convention.path("/draw"), "{\"seed\": \"" + seed + "\"}")).json();
    assertEquals("SEATED", drawn.getString("status"));
    assertEquals(Lottery.drawIndex(published.getString("lotteryHash"), seed, M), drawn.getInt("drawnIndex"));
    Set<String> seated = numbersWithStatus(admin, convention, "SEATED");
    assertEquals(ids(recomputed.draw(seed)), seated);
    assertQuotasHold(admin, convention);

    // Each volunteer hears the result by email, in the commune's language.
    for (var e : personOfNumber.entrySet()) {
      boolean isSeated = seated.contains(Integer.toString(e.getKey()));
      var mail = Mailbox.of(convention.email(e.getValue()))
          .awaitSubject(isSeated ? "tiré(e) au sort" : "Résultat du tirage", MAIL_WAIT);
      assertTrue(Mailbox.text(mail).contains(seed), Mailbox.text(mail));
    }

    var panel = ok(anonymous.get(convention.path("/panel"))).json();
    int named = panel.getJsonArray("names").size();
    long consenting = seated.stream().filter(n -> personOfNumber.get(Integer.parseInt(n)) <= 6).count();
    assertEquals(consenting, named);
    assertEquals(PANEL - consenting, panel.getInt("unnamed"));

    // A seated member leaves; the replacement lottery keeps the quotas given those seated.
    String leaving = seated.iterator().next();
    assertEquals(204, anonymous.post(convention.path("/withdrawals"), "{\"withdrawalCode\": \""
        + convention.withdrawalCodes().get(Integer.parseInt(leaving)) + "\"}").status());
    JsonObject round = ok(admin.post(convention.path("/replacements"), null)).json();
    assertEquals(List.of(leaving), jsonStrings(round, "withdrawn"));
    String replacementSeed = "replacement 2027-04-01";
    JsonObject replaced = ok(admin.post(convention.path("/replacements/1/draw"),
        "{\"seed\": \"" + replacementSeed + "\"}")).json();
    Lottery expected = Replacements.lottery(problem, List.copyOf(seated), List.of(leaving), M,
        ProgressListener.NONE);
    assertEquals(expected.hash(), round.getString("lotteryHash"));
    assertEquals(ids(expected.draw(replacementSeed)), new TreeSet<>(jsonStrings(replaced, "drawn")));
    Set<String> nowSeated = numbersWithStatus(admin, convention, "SEATED");
    assertEquals(PANEL, nowSeated.size());
    assertFalse(nowSeated.contains(leaving));
    assertQuotasHold(admin, convention);
    for (String n : jsonStrings(replaced, "drawn")) {
      Mailbox.of(convention.email(personOfNumber.get(Integer.parseInt(n))))
          .awaitSubject("Vous rejoignez le panel", MAIL_WAIT);
    }

    assertNoPersonalDataInPublic(convention, personOfNumber, nowSeated);
  }

  @Test
  void infeasibleQuotasAreRefusedWithTheSmallestRelaxation() throws Exception {
    String quotas = """
        [{"category": "gender", "value": "female", "min": 3, "max": 3},
         {"category": "gender", "value": "male", "min": 0, "max": 3},
         {"category": "age", "value": "young", "min": 0, "max": 3},
         {"category": "age", "value": "old", "min": 0, "max": 3}]""";
    var convention = ConventionCommune.recruiting("convention-infaisable", quotas, 3);
    for (int i = 1; i <= 4; i++) {
      convention.join(i, null);   // only two women: 1 and 3
    }
    var admin = convention.commune().admin();
    ok(admin.post(convention.path("/freeze"), null));
    assertEquals("INFEASIBLE", awaitComputation(admin, convention).getString("state"));

    var refused = admin.post(convention.path("/publication"), null);
    assertEquals(422, refused.status(), refused::toString);
    assertTrue(refused.isProblem());
    var change = refused.json().getJsonArray("relaxation").getJsonObject(0);
    assertEquals("female", change.getString("value"));
    assertEquals(2, change.getInt("suggestedMin"));
    assertTrue(refused.json().getString("detail").contains("gender/female: 3..3 -> 2..3"),
        refused::toString);
  }

  @Test
  void onlySeatedMembersDraftAndVoteProposalsAndTheCommuneResponds() throws Exception {
    String quotas = """
        [{"category": "gender", "value": "female", "min": 1, "max": 1},
         {"category": "gender", "value": "male", "min": 1, "max": 1},
         {"category": "age", "value": "young", "min": 0, "max": 2},
         {"category": "age", "value": "old", "min": 0, "max": 2}]""";
    var convention = ConventionCommune.recruiting("convention-membres", quotas, 2);
    Map<Integer, Integer> personOfNumber = new HashMap<>();
    for (int i = 1; i <= 5; i++) {
      personOfNumber.put(convention.join(i, null), i);
    }
    var admin = convention.commune().admin();
    ok(admin.post(convention.path("/freeze"), null));
    assertEquals("DONE", awaitComputation(admin, convention).getString("state"));
    ok(admin.post(convention.path("/publication"), null));
    ok(admin.post(convention.path("/draw"), "{\"seed\": \"members\"}"));
    List<Integer> seated = numbersWithStatus(admin, convention, "SEATED").stream()
        .map(n -> personOfNumber.get(Integer.parseInt(n))).toList();
    int outsiderPerson = personOfNumber.values().stream().filter(i -> !seated.contains(i))
        .findFirst().orElseThrow();

    var member = convention.commune().verifiedCitizen(seated.get(0));
    var otherMember = convention.commune().verifiedCitizen(seated.get(1));
    var volunteerNotSeated = convention.commune().verifiedCitizen(outsiderPerson);
    assertTrue(ok(member.get(convention.path("/membership"))).json().getBoolean("member"));
    assertFalse(ok(volunteerNotSeated.get(convention.path("/membership"))).json().getBoolean("member"));

    String sessionId = ok(admin.post(convention.path("/sessions"), """
        {"title": "Première session", "startsAt": "2027-03-06T09:00:00Z",
         "endsAt": "2027-03-06T17:00:00Z", "place": "Salle du conseil",
         "agenda": "Accueil; audition d'experts"}""")).json().getString("id");
    String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    String documents = convention.path("/sessions/" + sessionId + "/documents?filename=programme.pdf&caption=Programme");
    assertEquals(403, member.post(documents, pdf, "application/pdf").status());
    assertEquals(415, admin.post(documents, "not a pdf", "application/pdf").status());
    String url = ok(admin.post(documents, pdf, "application/pdf")).json().getString("url");
    assertEquals(url, ok(convention.commune().tenant().http().get(convention.path("/sessions")))
        .jsonArray().getJsonObject(0).getJsonArray("documents").getJsonObject(0).getString("url"));
    assertEquals(200, convention.commune().tenant().http().send("GET", url, null, "*/*").status());
    assertEquals(1, ok(convention.commune().tenant().http().get(convention.path("/sessions")))
        .jsonArray().size());
    for (int i : seated) {
      var invitation = Mailbox.of(convention.email(i)).awaitSubject("Première session", MAIL_WAIT);
      String ics = Mailbox.attachment(invitation, "invite.ics").orElseThrow();
      assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("DTSTART:20270306T090000Z"), ics);
    }
    assertTrue(Mailbox.of(convention.email(outsiderPerson)).messages().stream()
        .noneMatch(m -> Mailbox.subject(m).contains("Première session")));

    String proposal = "{\"title\": \"Pistes cyclables\", \"body\": \"Relier les écoles.\"}";
    assertEquals(403, volunteerNotSeated.post(convention.path("/proposals"), proposal).status());
    assertEquals(401, convention.commune().tenant().http().post(convention.path("/proposals"), proposal).status());
    String id = ok(member.post(convention.path("/proposals"), proposal)).json().getString("id");
    assertEquals(0, ok(convention.commune().tenant().http().get(convention.path("/proposals")))
        .jsonArray().size());

    ok(admin.post(convention.path("/proposals/" + id + "/vote-opening"), "{\"thresholdPercent\": 50}"));
    String vote = convention.path("/proposals/" + id + "/votes/mine");
    assertEquals(403, volunteerNotSeated.put(vote, "{\"approve\": true}").status());
    assertEquals(204, member.put(vote, "{\"approve\": true}").status());
    assertEquals(204, otherMember.put(vote, "{\"approve\": true}").status());
    assertEquals(204, otherMember.put(vote, "{\"approve\": false}").status());
    JsonObject closed = ok(admin.post(convention.path("/proposals/" + id + "/vote-closing"), null)).json();
    assertEquals("ADOPTED", closed.getString("status"));
    assertEquals(1, closed.getInt("approvals"));
    assertEquals(2, closed.getInt("seatedAtVote"));

    ok(admin.put(convention.path("/proposals/" + id + "/response"),
        "{\"response\": \"Inscrit au budget 2028.\", \"followUp\": \"Travaux au printemps.\"}"));
    JsonObject published = ok(convention.commune().tenant().http().get(convention.path("/proposals")))
        .jsonArray().getJsonObject(0);
    assertEquals("Inscrit au budget 2028.", published.getString("response"));
    String page = ok(convention.commune().tenant().http().getHtml("/convention/" + convention.id())).body();
    assertTrue(page.contains("Pistes cyclables") && page.contains("Inscrit au budget 2028.")
        && page.contains("Première session") && page.contains(url), page);
    assertEquals(409, member.put(vote, "{\"approve\": true}").status());

    // A proposal judged by majority judgment: adopted when its majority grade reaches "GOOD".
    String judged = ok(member.post(convention.path("/proposals"),
        "{\"title\": \"Cantines bio\", \"body\": \"Des repas locaux.\"}")).json().getString("id");
    ok(admin.post(convention.path("/proposals/" + judged + "/vote-opening"),
        "{\"method\": \"MAJORITY_JUDGMENT\", \"minimumGrade\": \"GOOD\"}"));
    String grade = convention.path("/proposals/" + judged + "/votes/mine");
    assertEquals(409, member.put(grade, "{\"approve\": true}").status());
    assertEquals(400, member.put(grade, "{\"grade\": \"SUPERB\"}").status());
    assertEquals(403, volunteerNotSeated.put(grade, "{\"grade\": \"EXCELLENT\"}").status());
    assertEquals(204, member.put(grade, "{\"grade\": \"VERY_GOOD\"}").status());
    assertEquals(204, otherMember.put(grade, "{\"grade\": \"POOR\"}").status());
    assertEquals(204, otherMember.put(grade, "{\"grade\": \"EXCELLENT\"}").status());
    JsonObject judgment = ok(admin.post(convention.path("/proposals/" + judged + "/vote-closing"), null)).json();
    assertEquals("ADOPTED", judgment.getString("status"), judgment::toString);
    assertEquals("VERY_GOOD", judgment.getString("majorityGrade"));
    assertEquals("[0,0,0,0,1,1]", judgment.getJsonArray("meritProfile").toString());
    String judgedPage = ok(convention.commune().tenant().http().getHtml("/convention/" + convention.id())).body();
    assertTrue(judgedPage.contains("mention majoritaire « Très bien »"), judgedPage);
  }

  @Test
  void aResidentVolunteersThroughThePortalFormWhoseFieldsAllHaveLabels() throws Exception {
    var convention = ConventionCommune.recruiting("convention-formulaire", ConventionCommune.QUOTAS, PANEL);
    var browser = new FormBrowser(convention.commune().tenant().host());
    String page = browser.get("/convention/" + convention.id() + "/volunteer");
    var ids = java.util.regex.Pattern.compile("<input (?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"")
        .matcher(page).results().map(m -> m.group(1)).toList();
    assertTrue(ids.containsAll(List.of("lastName", "firstNames", "birthDate", "email", "q0-0",
        "q0-1", "q1-0", "q1-1", "consent", "publishName")), ids::toString);
    for (String id : ids) {
      assertTrue(page.contains("<label for=\"" + id + "\">"), "a label for " + id);
    }
    assertTrue(page.contains("<legend>gender</legend>") && page.contains("<legend>age</legend>"), page);
    String csrf = page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    String form = "csrf=" + csrf + "&lastName=" + convention.lastName(7) + "&firstNames=Test&birthDate="
        + ConventionCommune.birthDate(7) + "&email=" + convention.email(7)
        + "&q0=female&q1=young&consent=on";

    String joined = browser.post("/convention/" + convention.id() + "/volunteer", form, 200);
    assertTrue(joined.contains("Votre numéro dans le vivier : 1."), joined);
    String again = browser.post("/convention/" + convention.id() + "/volunteer", form, 422);
    assertTrue(again.contains("role=\"alert\"") && again.contains("déjà dans le vivier"), again);
    assertEquals(403, browser.status("/convention/" + convention.id() + "/volunteer",
        form.replace("csrf=" + csrf, "csrf=forged")));
    assertEquals(1, ok(convention.commune().tenant().http().get(convention.path(""))).json().getInt("poolSize"));
  }

  /** A cookie-keeping client for the portal's own forms (session and anti-forgery token). */
  private static final class FormBrowser {
    private final String host;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
        .build();
    private final int port = Integer.getInteger("parvis.it.http.port", 8080);

    FormBrowser(String host) {
      this.host = host;
    }

    String get(String path) throws Exception {
      var reply = http.send(request(path).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, reply.statusCode(), reply::body);
      return reply.body();
    }

    String post(String path, String form, int expected) throws Exception {
      var reply = send(path, form);
      assertEquals(expected, reply.statusCode(), reply::body);
      return reply.body();
    }

    int status(String path, String form) throws Exception {
      return send(path, form).statusCode();
    }

    private java.net.http.HttpResponse<String> send(String path, String form) throws Exception {
      return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private java.net.http.HttpRequest.Builder request(String path) {
      return java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + port + path))
          .header("Host", host + ":" + port).header("Accept", "text/html")
          .header("Accept-Language", "fr");
    }
  }

  @Test
  void anotherTenantSeesNothingOfAConvention() {
    var here = ConventionCommune.recruiting("convention-ici", ConventionCommune.QUOTAS, PANEL);
    here.join(1, null);
    var there = VerifiedCommune.enabling("convention-ailleurs", "convention", "{}");
    var outsider = there.tenant().http();

    assertEquals("[]", ok(outsider.get("/api/conventions")).body().replaceAll("\\s", ""));
    assertEquals(404, outsider.get(here.path("")).status());
    assertEquals(404, outsider.post(here.path("/volunteers"), here.volunteerJson(2, null)).status());
    assertEquals(404, there.admin().get(here.path("/volunteers")).status());
    assertEquals(404, there.admin().post(here.path("/freeze"), null).status());
    assertEquals(404, outsider.getHtml("/convention/" + here.id()).status());
    assertFalse(outsider.getHtml("/convention").body().contains("Convention pour le climat"));

    assertEquals(1, ok(here.commune().tenant().http().get(here.path(""))).json().getInt("poolSize"));
    assertTrue(here.commune().tenant().http().getHtml("/convention").body()
        .contains("Convention pour le climat"));
  }

  /** Public answers never carry a volunteer's contact, birth date or a name beside answers. */
  private static void assertNoPersonalDataInPublic(ConventionCommune c,
      Map<Integer, Integer> personOfNumber, Set<String> seated) {
    var http = c.commune().tenant().http();
    List<String> exports = List.of(
        ok(http.get("/api/conventions")).body(),
        ok(http.get(c.path(""))).body(),
        ok(http.send("GET", c.path("/pool.csv"), null, "text/csv")).body(),
        ok(http.send("GET", c.path("/quotas.csv"), null, "text/csv")).body(),
        ok(http.send("GET", c.path("/lottery.txt"), null, "text/plain")).body(),
        ok(http.get(c.path("/probabilities"))).body(),
        ok(http.get(c.path("/replacements"))).body());
    List<String> panelPages = List.of(
        ok(http.get(c.path("/panel"))).body(),
        ok(http.getHtml("/convention/" + c.id())).body());
    List<String> otherPages = List.of(
        ok(http.getHtml("/convention")).body(),
        ok(http.send("GET", "/convention/" + c.id() + "/chart.svg", null, "image/svg+xml")).body());
    List<String> pages = concat(panelPages, otherPages);
    for (int i : personOfNumber.values()) {
      for (String text : concat(exports, pages)) {
        assertFalse(text.contains(c.email(i)), text);
        assertFalse(text.contains(ConventionCommune.birthDate(i).toString()), text);
      }
      for (String text : concat(exports, otherPages)) {
        assertFalse(text.contains(c.lastName(i)), text);
      }
    }
    personOfNumber.forEach((number, i) -> {
      boolean published = i <= 6 && seated.contains(Integer.toString(number));
      for (String page : panelPages) {
        assertEquals(published, page.contains(c.lastName(i)), "volunteer " + i + " in " + page);
      }
    });
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void assertQuotasHold(TenantHttp admin, ConventionCommune c) {
    Map<String, Long> counts = ok(admin.get(c.path("/volunteers"))).jsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(v -> v.getString("status").equals("SEATED"))
        .flatMap(v -> v.getJsonObject("answers").values().stream())
        .collect(Collectors.groupingBy(v -> ((JsonString) v).getString(), Collectors.counting()));
    assertEquals(2L, counts.get("female"), counts::toString);
    assertEquals(2L, counts.get("male"), counts::toString);
    assertTrue(counts.getOrDefault("young", 0L) >= 1 && counts.getOrDefault("old", 0L) >= 1,
        counts::toString);
  }

  private static Set<String> numbersWithStatus(TenantHttp admin, ConventionCommune c, String status) {
    return ok(admin.get(c.path("/volunteers"))).jsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(v -> v.getString("status").equals(status))
        .map(v -> Integer.toString(v.getInt("number")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> ids(List<Person> people) {
    return people.stream().map(Person::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static SortitionProblem publicProblem(TenantHttp http, ConventionCommune c)
      throws IOException {
    Path dir = Files.createTempDirectory("convention-it");
    Path quotas = Files.writeString(dir.resolve("quotas.csv"),
        ok(http.send("GET", c.path("/quotas.csv"), null, "text/csv")).body());
    Path pool = Files.writeString(dir.resolve("pool.csv"),
        ok(http.send("GET", c.path("/pool.csv"), null, "text/csv")).body());
    int panelSize = ok(http.get(c.path(""))).json().getInt("panelSize");
    return SortitionCsv.read(quotas, pool).problem(panelSize, false);
  }

  private static JsonObject awaitComputation(TenantHttp admin, ConventionCommune c)
      throws InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (true) {
      JsonObject state = ok(admin.get(c.path("/computation"))).json();
      if (!state.getString("state").equals("RUNNING") || System.nanoTime() > deadline) {
        return state;
      }
      Thread.sleep(250);
    }
  }

  private static List<String> jsonStrings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString)
        .toList();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
