package org.parvis.core.tenant.interfaces.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parvis.core.tenant.application.TenantSpec;
import org.parvis.core.tenant.domain.BrandColor;
import org.parvis.core.tenant.domain.HostName;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.web.Form;

/**
 * Reads the operator's tenant form into a {@link TenantSpec}, each refusal next to its field: the same rules as the
 * API (host names, contrast of the primary colour) with the page's messages. Conflicts (a slug or host already
 * taken) are the application's to find, in the transaction that creates the tenant.
 */
final class TenantForm {

  static final int MAX_HOSTS = 20;
  static final String SLUG = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";

  /** Time zones offered: metropolitan France first, then the overseas communes and neighbours. */
  static final List<String> ZONES = List.of("Europe/Paris", "America/Guadeloupe", "America/Martinique",
      "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "America/Miquelon", "Pacific/Noumea", "Pacific/Tahiti",
      "Pacific/Wallis", "Europe/Brussels", "Europe/Luxembourg", "Europe/Zurich", "America/Toronto");

  /** The colour the form starts with: the platform's own, readable with white text. */
  static final String DEFAULT_COLOUR = "#1f3a5f";

  private TenantForm() {}

  /** The spec the form describes; the form records every refusal (call {@link Form#requireValid()} after). */
  static TenantSpec read(Form form, TenantKind kind, Set<String> platformHosts, List<String> moduleIds) {
    String displayName = form.text("displayName", 200);
    String slug = form.text("slug", 63);
    if (!slug.isEmpty() && !slug.matches(SLUG)) {
      form.refuse("slug", "slug.invalid");
    }
    List<String> hosts = hosts(form, platformHosts);
    String language = form.choice("defaultLocale", List.of("fr", "en"));
    String zone = form.choice("timeZone", ZONES);
    String colour = colour(form);
    Map<String, Map<String, String>> modules = new LinkedHashMap<>();
    moduleIds.stream().filter(id -> form.checked("module." + id)).forEach(id -> modules.put(id, Map.of()));
    return new TenantSpec(slug, kind, displayName, null, null, hosts, language, zone,
        new TenantSpec.BrandingSpec(null, colour, null, null), modules, Map.of());
  }

  /**
   * The changes the edit form makes to {@code tenant}: name, hosts, language, time zone, colour (its slug, kind,
   * commune and other branding stay).
   */
  static TenantSpec readChanges(Form form, org.parvis.core.tenant.domain.Tenant tenant, Set<String> platformHosts) {
    String displayName = form.text("displayName", 200);
    List<String> hosts = hosts(form, platformHosts);
    String language = form.choice("defaultLocale", List.of("fr", "en"));
    String zone = form.choice("timeZone", ZONES);
    String colour = colour(form);
    var b = tenant.branding();
    return new TenantSpec(tenant.slug(), tenant.kind(), displayName, tenant.inseeCode(), tenant.population(), hosts,
        language, zone, new TenantSpec.BrandingSpec(b == null ? null : b.name(), colour,
            b == null ? null : b.secondaryColor(), b == null ? null : b.logoUrl()), null, null);
  }

  /** The edit form as it first shows: the tenant as it is. */
  static Form of(org.parvis.core.tenant.domain.Tenant tenant) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("displayName", tenant.displayName());
    values.put("hosts", String.join("\n", tenant.hosts().stream().sorted().toList()));
    values.put("defaultLocale", tenant.defaultLocale());
    values.put("timeZone", tenant.timeZone());
    values.put("primaryColor", tenant.branding() == null || tenant.branding().primaryColor() == null
        ? DEFAULT_COLOUR : tenant.branding().primaryColor());
    return Form.prefilled(values);
  }

  private static List<String> hosts(Form form, Set<String> platformHosts) {
    List<String> hosts = new ArrayList<>();
    for (String line : form.paragraphs("hosts", 20 * 254).split("\n")) {
      String typed = line.strip();
      if (typed.isEmpty()) {
        continue;
      }
      var refusal = HostName.refusalAsTenantHost(typed, platformHosts);
      if (refusal.isPresent()) {
        form.refuse("hosts", switch (refusal.get()) {
          case INVALID -> "hosts.invalid";
          case IP_ADDRESS -> "hosts.ip";
          case PLATFORM_HOST -> "hosts.platform";
        }, typed);
        return List.of();
      }
      String host = HostName.tenantHost(typed).orElseThrow();
      if (!hosts.contains(host)) {
        hosts.add(host);
      }
    }
    if (hosts.size() > MAX_HOSTS) {
      form.refuse("hosts", "hosts.tooMany", MAX_HOSTS);
    }
    return hosts;
  }

  private static String colour(Form form) {
    String typed = form.optionalText("primaryColor", 20).orElse(DEFAULT_COLOUR);
    var colour = BrandColor.parse(typed);
    if (colour.isEmpty()) {
      form.refuse("primaryColor", "colour.invalid");
      return null;
    }
    if (!BrandColor.readableWithWhiteText(colour.get())) {
      // rounded down, so that a refused colour never shows as 4.5
      form.refuse("primaryColor", "colour.lowContrast", colour.get(),
          Math.floor(BrandColor.contrastWithWhite(colour.get()) * 10) / 10);
      return null;
    }
    return colour.get();
  }

  /** The spec for the commune of {@code commune} (its INSEE code), unchanged when none was looked up. */
  static TenantSpec withCommune(TenantSpec spec, org.parvis.core.tenant.domain.OfficialCommune commune) {
    if (commune == null) {
      return spec;
    }
    return new TenantSpec(spec.slug(), spec.kind(), spec.displayName(), commune.code(), null, spec.hosts(),
        spec.defaultLocale(), spec.timeZone(), spec.branding(), spec.modules(), spec.members());
  }
}
