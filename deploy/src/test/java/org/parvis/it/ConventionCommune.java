package org.parvis.it;

import static org.parvis.it.VerifiedCommune.ok;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.parvis.testsupport.TenantHttp;

/**
 * A commune with the convention module and a convention recruiting a generated pool: volunteer
 * {@code i} is census person {@code i} of {@link VerifiedCommune} (so that they can later sign in
 * as a verified resident), female when {@code i} is odd, "old" when {@code i} is a multiple of 3,
 * and agrees to have their name published when {@code i <= 6}.
 */
record ConventionCommune(VerifiedCommune commune, String id, Map<Integer, String> withdrawalCodes) {

  static final String QUOTAS = """
      [{"category": "gender", "value": "female", "min": 2, "max": 2},
       {"category": "gender", "value": "male", "min": 2, "max": 2},
       {"category": "age", "value": "young", "min": 1, "max": 3},
       {"category": "age", "value": "old", "min": 1, "max": 3}]""";

  static ConventionCommune recruiting(String prefix, String quotasJson, int panelSize) {
    var commune = VerifiedCommune.enabling(prefix, "convention", "{}");
    String id = ok(commune.admin().post("/api/conventions", """
        {"title": "Convention pour le climat", "mandate": "Comment réduire nos émissions ?",
         "panelSize": %d, "quotas": %s, "openToAll": true, "lotterySize": 100,
         "recruitmentOpens": "2027-01-10", "recruitmentCloses": "2027-02-10",
         "drawDate": "2027-02-20"}""".formatted(panelSize, quotasJson))).json().getString("id");
    ok(commune.admin().post("/api/conventions/" + id + "/recruitment", null));
    return new ConventionCommune(commune, id, new HashMap<>());
  }

  TenantHttp.Reply volunteer(int i, String code) {
    return commune.tenant().http().post(path("/volunteers"), volunteerJson(i, code));
  }

  /** Joins volunteer {@code i}, remembering their withdrawal code; returns their number. */
  int join(int i, String code) {
    JsonObject joined = ok(volunteer(i, code)).json();
    withdrawalCodes.put(joined.getInt("number"), joined.getString("withdrawalCode"));
    return joined.getInt("number");
  }

  String volunteerJson(int i, String code) {
    return """
        {"lastName": "%s", "firstNames": "Test", "birthDate": "%s", "email": "%s",
         "answers": {"gender": "%s", "age": "%s"}, "consent": true, "publishName": %b%s}"""
        .formatted(lastName(i), birthDate(i), email(i), gender(i), age(i), i <= 6,
            code == null ? "" : ", \"invitationCode\": \"" + code + "\"");
  }

  String path(String rest) {
    return "/api/conventions/" + id + rest;
  }

  String lastName(int i) {
    return VerifiedCommune.lastName(i);
  }

  static LocalDate birthDate(int i) {
    return VerifiedCommune.birthDate(i);
  }

  String email(int i) {
    return "volontaire" + i + "-" + commune.tenant().slug() + "@example.org";
  }

  static String gender(int i) {
    return i % 2 == 1 ? "female" : "male";
  }

  static String age(int i) {
    return i % 3 == 0 ? "old" : "young";
  }
}
