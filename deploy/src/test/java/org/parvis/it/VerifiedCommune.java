package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantFixtures.CreatedTenant;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * A commune for participation tests: an administrator who enables a module, residency verified
 * against a census of generated people, and helpers to get verified citizens and role holders.
 */
record VerifiedCommune(CreatedTenant tenant, TenantHttp admin) {

  /** How many people the census lists: person {@code i} has a last name made of letters, born 1980-01-{i}. */
  static final int CENSUS_SIZE = 28;

  /** With the generated census of {@link #CENSUS_SIZE} people (see {@link #verifiedCitizen}). */
  static VerifiedCommune enabling(String prefix, String module, String settingsJson) {
    List<String> census = new ArrayList<>();
    for (int i = 1; i <= CENSUS_SIZE; i++) {
      census.add(lastName(i) + ";Test;" + birthDate(i));
    }
    return enabling(prefix, module, settingsJson, census);
  }

  /** With a census of the given rows ({@code nom;prénoms;date de naissance}). */
  static VerifiedCommune enabling(String prefix, String module, String settingsJson,
      List<String> censusRows) {
    var tenant = TenantFixtures.commune(prefix);
    var account = TestIdentities.person("admin-" + tenant.slug());
    TenantFixtures.appoint(tenant, account, "ADMIN");
    var admin = tenant.http().as(account.token());
    ok(admin.put("/api/admin/modules/" + module + "/enabled", settingsJson));
    ok(admin.put("/api/admin/residency", "{\"methods\": [\"CENSUS\"]}"));
    String census = "nom;prénoms;date de naissance\n" + String.join("\n", censusRows);
    ok(admin.post("/api/admin/residency/census", census, "text/csv"));
    return new VerifiedCommune(tenant, admin);
  }

  static String lastName(int i) {
    return "Habitant" + (char) ('A' + (i - 1) / 26) + (char) ('A' + (i - 1) % 26);
  }

  static LocalDate birthDate(int i) {
    return LocalDate.of(1980, 1, i);
  }

  /** The identity of census person {@code i} as JSON fields (for paper forms or verification). */
  static String identityJson(int i) {
    return "{\"lastName\": \"" + lastName(i) + "\", \"firstNames\": \"Test\", \"birthDate\": \""
        + birthDate(i) + "\"}";
  }

  /** A fresh account verified as census person {@code i}. */
  TenantHttp verifiedCitizen(int i) {
    var citizen = account("citoyen" + i);
    ok(citizen.post("/api/me/verification/census", identityJson(i)));
    return citizen;
  }

  /** A fresh account holding {@code role} (e.g. {@code "MODERATOR"}). */
  TenantHttp withRole(String name, String role) {
    var account = TestIdentities.person(name + "-" + tenant.slug());
    TenantFixtures.appoint(tenant, account, role);
    return tenant.http().as(account.token());
  }

  /** The verified email address of the account created as {@code name} (see {@link #account}). */
  String email(String name) {
    return (name + "-" + tenant.slug() + "@example.org").toLowerCase(java.util.Locale.ROOT);
  }

  TenantHttp account(String name) {
    return tenant.http().as(TestIdentities.person(name + "-" + tenant.slug()).token());
  }

  static TenantHttp.Reply ok(TenantHttp.Reply reply) {
    assertTrue(reply.status() / 100 == 2, reply::toString);
    return reply;
  }
}
