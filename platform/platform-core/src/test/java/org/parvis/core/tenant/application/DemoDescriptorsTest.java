package org.parvis.core.tenant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.tenant.application.DemoContentLoader.DemoPersonSpec;
import org.parvis.core.tenant.application.DemoContentLoader.DemoSpec;

/** The demo part of the shipped descriptors reads and checks as the loader reads it. */
class DemoDescriptorsTest {

  private static final Path TENANTS = Path.of("../../tenants");

  private static DemoTenantLoader.Descriptor read(String file) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(Files.readString(TENANTS.resolve(file)),
          DemoTenantLoader.Descriptor.class);
    }
  }

  @Test
  void grenobleHasTenDemoPeopleEightOfThemVerifiedInADistrict() throws Exception {
    DemoSpec demo = read("grenoble.json").demo();
    assertNotNull(demo);
    demo.check(TENANTS.resolve("grenoble.json"));
    assertEquals(10, demo.people().size());
    List<DemoPersonSpec> verified = demo.people().stream()
        .filter(DemoPersonSpec::verifiedOrNot).toList();
    assertEquals(8, verified.size());
    verified.forEach(p -> assertTrue(p.district().startsWith("Secteur "), p::toString));
    assertEquals("Léa Fontaine", demo.people().get(0).person().displayName());
    assertEquals(LocalDate.of(1987, 4, 3), demo.people().get(0).birthDate());
  }

  @Test
  void everyDescriptorReadsAndTheDemoPeopleAreRealmAccounts() throws Exception {
    String realm = Files.readString(Path.of("../../deploy/keycloak/parvis-realm.json"));
    for (String file : List.of("grenoble.json", "lumiere.json", "assemblee-occitanie.json")) {
      DemoSpec demo = read(file).demo();
      assertNotNull(demo, file);
      demo.check(TENANTS.resolve(file));
      demo.people().forEach(p -> assertTrue(realm.contains("\"id\": \"" + p.subject() + "\""),
          p.username() + " of " + file + " in the realm"));
    }
  }

  @Test
  void aVerifiedPersonWithoutBirthDateOrTwiceTheSameSubjectIsRefused() {
    UUID subject = UUID.randomUUID();
    var noBirth = new DemoSpec(List.of(
        new DemoPersonSpec("x", subject, "Léa", "Fontaine", null, null, true)));
    assertThrows(IllegalStateException.class, () -> noBirth.check(Path.of("x.json")));
    var twice = new DemoSpec(List.of(
        new DemoPersonSpec("x", subject, "Léa", "Fontaine", null, null, false),
        new DemoPersonSpec("y", subject, "Karim", "Benali", null, null, false)));
    assertThrows(IllegalStateException.class, () -> twice.check(Path.of("x.json")));
    assertFalse(new DemoSpec(null).people().iterator().hasNext());
  }
}
