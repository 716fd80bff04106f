package org.parvis.core.tenant.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parvis.core.identity.domain.Invitation;
import org.parvis.core.module.application.ModuleRegistry;
import org.parvis.core.module.application.ModuleState;
import org.parvis.core.tenant.domain.OfficialCommune;
import org.parvis.core.tenant.domain.Tenant;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.web.Form;

/** The records the operator's tenant pages show, in the page's language. */
@ApplicationScoped
public class OperatorTenantPageModels {

  /** The modules a new tenant of each kind starts with (as the demo tenants use them). */
  static final Map<TenantKind, List<String>> PRESETS = Map.of(
      TenantKind.COMMUNE, List.of("pages", "budget", "petitions", "votations", "worksites", "council"),
      TenantKind.COLLECTIVE, List.of("pages", "consent", "votations"),
      TenantKind.ASSEMBLY, List.of("pages", "council", "convention", "votations"));

  @Inject ModuleRegistry registry;

  /** One kind of tenant to choose. */
  public record KindOption(String value, String label, String hint) {}

  /** A module to tick, with what it does. */
  public record ModuleOption(String id, String field, String name, String description) {}

  /** A time zone to choose, named for people. */
  public record ZoneOption(String id, String label) {}

  /** What the official list says of the commune whose INSEE code was typed. */
  public record CommuneFacts(String code, String name, Integer population, String department,
      String intercommunality) {

    static CommuneFacts of(OfficialCommune c) {
      return c == null ? null : new CommuneFacts(c.code(), c.name(), c.population(),
          c.departmentName() == null ? null : c.departmentName() + " (" + c.departmentCode() + ")",
          c.intercommunality());
    }
  }

  /** What the creation form needs besides the form itself; {@code commune} once an INSEE code is looked up. */
  public record NewTenant(String kind, String kindLabel, boolean isCommune, List<ModuleOption> modules,
      List<ZoneOption> zones, CommuneFacts commune) {}

  /** A created tenant as its page shows it. */
  public record TenantSummary(String slug, String name, String kind, String status, List<String> hosts,
      String language, String zone, String colour, List<String> modules, CommuneFacts commune, boolean active) {}

  /** An invitation as the tenant's page lists it. */
  public record InvitationRow(String id, String email, String roles, boolean pending, String state,
      java.time.Instant lastSent, int timesSent) {}

  public List<InvitationRow> invitations(List<Invitation> invitations, Texts t) {
    return invitations.stream().map(i -> new InvitationRow(i.id().toString(), i.email(),
        i.roles().stream().map(r -> t.get("role." + r.id())).sorted().collect(java.util.stream.Collectors.joining(", ")),
        i.pending(), i.pending() ? t.get("invitation.pending") : t.get("invitation.accepted"), i.lastSentAt(),
        i.timesSent())).toList();
  }

  /** The tenant's administrators: their invitation's address when known, their account id otherwise. */
  public List<String> administrators(List<org.parvis.core.identity.domain.Membership> members,
      List<Invitation> invitations) {
    Map<String, String> emails = new java.util.HashMap<>();
    invitations.forEach(i -> emails.put(i.subject(), i.email()));
    return members.stream().filter(m -> m.roles().contains(org.parvis.spi.security.TenantRole.ADMIN))
        .map(m -> emails.getOrDefault(m.subject(), m.subject())).sorted().toList();
  }

  public List<KindOption> kinds(Texts t) {
    return java.util.Arrays.stream(TenantKind.values())
        .map(k -> new KindOption(k.name().toLowerCase(Locale.ROOT), t.get("kind." + k.name()), t.get("kind." + k.name() + ".hint")))
        .toList();
  }

  public NewTenant newTenant(TenantKind kind, OfficialCommune commune, Texts t) {
    Locale locale = t.locale();
    List<ModuleOption> modules = registry.all().stream()
        .sorted(Comparator.comparing((ParvisModule m) -> m.name().in(locale)))
        .map(m -> new ModuleOption(m.id(), "module." + m.id(), m.name().in(locale), m.description().in(locale)))
        .toList();
    List<ZoneOption> zones = TenantForm.ZONES.stream().map(z -> new ZoneOption(z, t.get("zone." + z))).toList();
    return new NewTenant(kind.name().toLowerCase(Locale.ROOT), t.get("kind." + kind.name()), kind == TenantKind.COMMUNE, modules, zones,
        CommuneFacts.of(commune));
  }

  /** The form as it first shows: the kind's modules ticked, French, Paris, the platform's colour. */
  public Form prefilled(TenantKind kind) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("defaultLocale", "fr");
    values.put("timeZone", Tenant.DEFAULT_TIME_ZONE);
    values.put("primaryColor", TenantForm.DEFAULT_COLOUR);
    PRESETS.get(kind).stream().filter(id -> registry.find(id).isPresent())
        .forEach(id -> values.put("module." + id, "on"));
    return Form.prefilled(values);
  }

  public List<String> moduleIds() {
    return registry.all().stream().map(ParvisModule::id).toList();
  }

  public TenantSummary summary(Tenant tenant, List<ModuleState> modules, Texts t) {
    Locale locale = t.locale();
    return new TenantSummary(tenant.slug(), tenant.displayName(), t.get("kind." + tenant.kind().name()),
        t.get("status." + tenant.status().name()), tenant.hosts().stream().sorted().toList(),
        t.get("language." + tenant.defaultLocale()),
        TenantForm.ZONES.contains(tenant.timeZone()) ? t.get("zone." + tenant.timeZone()) : tenant.timeZone(),
        tenant.branding() == null ? null : tenant.branding().primaryColor(),
        modules.stream().filter(ModuleState::enabled).map(s -> s.module().name().in(locale)).sorted().toList(),
        tenant.inseeCode() == null ? null : new CommuneFacts(tenant.inseeCode(), null, tenant.population(),
            tenant.departmentName() == null ? null : tenant.departmentName() + " (" + tenant.departmentCode() + ")",
            tenant.intercommunality()),
        tenant.isActive());
  }
}
