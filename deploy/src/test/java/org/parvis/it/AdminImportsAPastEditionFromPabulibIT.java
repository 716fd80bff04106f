package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.CitizensVoteInAParticipatoryBudgetIT.selected;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Utility;
import org.parvis.budget.rules.pabulib.PabulibReader;
import org.parvis.testsupport.ParvisDeployment;

/**
 * An administrator imports a real past edition from a Pabulib file: it becomes a closed edition
 * whose stored results fund what the rules library and the reference implementation (pabutools)
 * fund on the same file; a malformed file is refused with its line number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminImportsAPastEditionFromPabulibIT {

  private static final String FILE = "Poland_Swiecie_2023.pb";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aPastEditionIsImportedWithTheResultsOfTheReferenceImplementation() throws IOException {
    Path pabulib = sharedData().resolve("pabulib");
    String file = Files.readString(pabulib.resolve(FILE));
    var commune = BudgetCommune.create("import-pabulib", "NOWAK");

    String path = "/api/budget/editions/pabulib?filename=" + FILE + "&rule=equal-shares";
    assertEquals(403, commune.staff().post(path, file, "text/plain").status());
    var imported = commune.admin().post(path, file, "text/plain");
    assertEquals(201, imported.status(), imported::toString);
    JsonObject body = imported.json();
    String edition = body.getJsonObject("edition").getString("id");
    assertEquals("IMPLEMENTATION", body.getJsonObject("edition").getString("phase"),
        "a past edition is closed, its vote dates those of the file");
    assertEquals(2553, body.getInt("ballots"));
    Map<String, String> fileIdOf = new HashMap<>();
    body.getJsonObject("projects").forEach((fileId, id) ->
        fileIdOf.put(((jakarta.json.JsonString) id).getString(), fileId));
    assertEquals(22, fileIdOf.size());

    var results = BudgetCommune.ok(commune.tenant().http().get(
        "/api/budget/editions/" + edition + "/results")).json();
    assertEquals("equal-shares", results.getString("rule"));
    var envelope = results.getJsonArray("envelopes").getJsonObject(0);
    assertEquals(2553, envelope.getInt("ballots"));
    Set<String> funded = fileIds(selected(envelope, "funded"), fileIdOf);
    Set<String> byGreedy = fileIds(selected(envelope, "fundedByGreedy"), fileIdOf);

    // The rules library on the file itself, and pabutools' outcomes stored beside it.
    var instance = PabulibReader.read(pabulib.resolve(FILE));
    assertEquals(Set.copyOf(AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1)
        .allocate(instance.election()).selected()), funded);
    JsonObject golden;
    try (var reader = Json.createReader(new StringReader(Files.readString(
        pabulib.resolve("golden/pabutools_" + FILE.replace(".pb", ".json")))))) {
      golden = reader.readObject().getJsonObject("results");
    }
    assertEquals(winners(golden, "mes_cost_add1"), funded);
    assertEquals(winners(golden, "greedy_cost"), byGreedy);
    long cost = Long.parseLong(golden.getJsonObject("mes_cost_add1").getString("cost"));
    assertEquals(cost, envelope.getJsonNumber("spent").longValue());

    // Anyone can re-count from the export of the imported ballots.
    var exported = commune.tenant().http().send("GET", "/api/budget/editions/" + edition
        + "/results/envelopes/" + envelope.getString("id") + "/pabulib", null, "text/plain");
    assertEquals(200, exported.status(), exported::toString);
    var again = PabulibReader.read(new StringReader(exported.body()), "export");
    assertEquals(2553, again.election().ballots().size());

    // A malformed file: a 422 problem that says where.
    String broken = file.replaceFirst("(?m)^budget;.*$", "budget;beaucoup");
    var refused = commune.admin().post(path, broken, "text/plain");
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("urn:parvis:problem:budget-pabulib-malformed", refused.json().getString("type"));
    int line = refused.json().getInt("line");
    assertTrue(line > 0, refused::toString);
    assertTrue(broken.lines().toList().get(line - 1).startsWith("budget;"), refused::toString);
    assertTrue(refused.json().getString("detail").contains("line " + line), refused::toString);
  }

  private static Set<String> winners(JsonObject golden, String rule) {
    Set<String> ids = new HashSet<>();
    golden.getJsonObject(rule).getJsonArray("winners")
        .forEach(v -> ids.add(((jakarta.json.JsonString) v).getString()));
    return ids;
  }

  private static Set<String> fileIds(Set<String> ids, Map<String, String> fileIdOf) {
    Set<String> mapped = new HashSet<>();
    ids.forEach(id -> mapped.add(fileIdOf.get(id)));
    return mapped;
  }

  /** The shared data folder: required, never skipped. */
  static Path sharedData() {
    String location = System.getProperty("parvis.shared.data");
    if (location == null) {
      throw new IllegalStateException("parvis.shared.data is not set (see deploy/pom.xml)");
    }
    Path path = Path.of(location);
    if (!Files.isDirectory(path.resolve("pabulib"))) {
      throw new IllegalStateException("shared data missing at " + path.toAbsolutePath());
    }
    return path;
  }
}
