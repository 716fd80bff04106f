package org.parvis.core.tenant.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.web.Form;

class TenantFormTest {

  private static final Set<String> PLATFORM = Set.of("localhost", "127.0.0.1");

  private static Map<String, String> valid() {
    Map<String, String> values = new HashMap<>();
    values.put("displayName", "Saint-Martin-d'Hères");
    values.put("slug", "saint-martin-d-heres");
    values.put("hosts", "SMH.localhost\r\n\r\nparticiper.smh.fr\nsmh.localhost");
    values.put("defaultLocale", "fr");
    values.put("timeZone", "Europe/Paris");
    values.put("primaryColor", "#1D4E89");
    values.put("module.budget", "on");
    values.put("module.council", "on");
    return values;
  }

  private static String refusal(Map<String, String> values, String field) {
    Form form = Form.prefilled(values);
    TenantForm.read(form, TenantKind.COMMUNE, PLATFORM, List.of("budget", "council", "petitions"));
    return form.error(field).map(e -> e.key()).orElse(null);
  }

  @Test
  void aValidFormGivesTheSpec() {
    Form form = Form.prefilled(valid());
    var spec = TenantForm.read(form, TenantKind.COMMUNE, PLATFORM, List.of("budget", "council", "petitions"));
    assertTrue(form.isValid(), form::toString);
    assertEquals("saint-martin-d-heres", spec.slug());
    assertEquals(List.of("smh.localhost", "participer.smh.fr"), spec.hosts(), "lower-cased, blanks and twins out");
    assertEquals("#1d4e89", spec.branding().primaryColor());
    assertEquals(Set.of("budget", "council"), spec.modules().keySet());
    assertEquals(TenantKind.COMMUNE, spec.kind());
  }

  @Test
  void eachBadFieldIsRefusedWithItsOwnMessage() {
    var values = valid();
    values.put("hosts", "smh.localhost\n10.0.0.7");
    assertEquals("hosts.ip", refusal(values, "hosts"));
    values.put("hosts", "localhost");
    assertEquals("hosts.platform", refusal(values, "hosts"));
    values.put("hosts", "https://smh.fr/");
    assertEquals("hosts.invalid", refusal(values, "hosts"));
    values.put("hosts", " \n ");
    assertEquals("form.required", refusal(values, "hosts"));
    values = valid();
    values.put("slug", "Saint Martin");
    assertEquals("slug.invalid", refusal(values, "slug"));
    values = valid();
    values.put("primaryColor", "#ffcc00");
    assertEquals("colour.lowContrast", refusal(values, "primaryColor"));
    values.put("primaryColor", "yellow");
    assertEquals("colour.invalid", refusal(values, "primaryColor"));
    values = valid();
    values.put("timeZone", "Mars/Olympus");
    assertEquals("form.notChoice", refusal(values, "timeZone"));
    values = valid();
    values.remove("displayName");
    assertEquals("form.required", refusal(values, "displayName"));
  }

  @Test
  void anEditChangesNameHostsLanguageZoneAndColourOnly() {
    var tenant = new org.parvis.core.tenant.domain.Tenant("smh", TenantKind.COMMUNE, "SMH", List.of("smh.localhost"));
    tenant.describeCommune("38421", 37695);
    Form shown = TenantForm.of(tenant);
    assertEquals("smh.localhost", shown.typed("hosts"));
    assertEquals(TenantForm.DEFAULT_COLOUR, shown.typed("primaryColor"));
    var values = valid();
    values.put("hosts", "participer.smh.fr\nsmh.localhost");
    values.put("defaultLocale", "en");
    Form form = Form.prefilled(values);
    var spec = TenantForm.readChanges(form, tenant, PLATFORM);
    assertTrue(form.isValid(), form::toString);
    assertEquals("smh", spec.slug(), "the slug stays");
    assertEquals("38421", spec.inseeCode(), "the commune stays");
    assertEquals(List.of("participer.smh.fr", "smh.localhost"), spec.hosts());
    assertEquals("en", spec.defaultLocale());
    values.put("hosts", "127.0.0.1");
    assertEquals("hosts.ip", refusalOfChanges(values, tenant));
  }

  private static String refusalOfChanges(Map<String, String> values, org.parvis.core.tenant.domain.Tenant tenant) {
    Form form = Form.prefilled(values);
    TenantForm.readChanges(form, tenant, PLATFORM);
    return form.error("hosts").map(e -> e.key()).orElse(null);
  }

  @Test
  void everyZoneOfferedIsAZoneJavaKnows() {
    TenantForm.ZONES.forEach(java.time.ZoneId::of);
    assertFalse(TenantForm.ZONES.isEmpty());
  }
}
