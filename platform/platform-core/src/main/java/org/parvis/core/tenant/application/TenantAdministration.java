package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.parvis.core.PlatformConfig;
import org.parvis.core.tenant.domain.BrandColor;
import org.parvis.spi.tenant.TenantRef;
import java.util.UUID;
import org.parvis.core.tenant.domain.Branding;
import org.parvis.core.tenant.domain.HostName;
import org.parvis.core.tenant.domain.Tenant;
import org.parvis.core.tenant.domain.TenantRepository;
import org.parvis.spi.problem.ProblemException;

/** Operator use cases on the tenant registry. Each method is one transaction. */
@ApplicationScoped
@Transactional
public class TenantAdministration {

  @Inject TenantRepository tenants;
  @Inject TenantDirectory directory;
  @Inject OrganizationOutbox organizations;
  @Inject Event<TenantCreated> createdEvents;
  @Inject OfficialCommunes communes;

  public TenantSnapshot create(TenantSpec spec) {
    return register(prepare(spec));
  }

  /**
   * The tenant a spec describes, checked whole (hosts, language, time zone, colours) but not stored: {@link
   * #register} stores it, in the caller's transaction when there is one (see {@link TenantOnboarding}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Tenant prepare(TenantSpec spec) {
    Tenant tenant = new Tenant(spec.slug(), spec.kind(), spec.displayName(), hosts(spec));
    apply(tenant, spec);
    return tenant;
  }

  /** Stores a prepared tenant, unless its slug or one of its hosts is taken (409, naming the field). */
  public TenantSnapshot register(Tenant tenant) {
    if (tenants.bySlug(tenant.slug()).isPresent()) {
      throw conflict("slug-taken", "slug", "A tenant with slug '" + tenant.slug() + "' exists");
    }
    for (String host : tenant.hosts()) {
      if (tenants.hostTaken(host)) {
        throw conflict("host-taken", "hosts", "Host '" + host + "' already serves a tenant");
      }
    }
    tenants.add(tenant);
    organizations.add(tenant.id());
    createdEvents.fire(new TenantCreated(tenant.id()));
    directory.invalidate(tenant.hosts());
    return TenantSnapshot.of(tenant);
  }

  /** A 409 whose {@code errors} name the field, so that a page shows the message next to it. */
  static ProblemException conflict(String type, String field, String detail) {
    return new ProblemException(409, "urn:parvis:problem:" + type, "Conflict", detail,
        Map.of("errors", List.of(Map.of("field", field, "message", detail))));
  }

  public TenantSnapshot update(String slug, TenantSpec spec) {
    Tenant tenant = require(slug);
    if (!tenant.slug().equals(spec.slug()) || tenant.kind() != spec.kind()) {
      throw ProblemException.invalidField(
          "urn:parvis:problem:immutable-field", "slug", "a tenant's slug and kind cannot change");
    }
    List<String> hosts = hosts(spec);
    List<String> previousHosts = List.copyOf(tenant.hosts());
    for (String host : hosts) {
      if (!tenant.hosts().contains(host) && tenants.hostTaken(host)) {
        throw conflict("host-taken", "hosts", "Host '" + host + "' already serves a tenant");
      }
    }
    tenant.rename(spec.displayName());
    tenant.replaceHosts(hosts);
    apply(tenant, spec);
    directory.invalidate(previousHosts);
    directory.invalidate(hosts);
    return TenantSnapshot.of(tenant);
  }

  public TenantSnapshot suspend(String slug) {
    Tenant tenant = require(slug);
    tenant.suspend();
    directory.invalidate(tenant.hosts());
    return TenantSnapshot.of(tenant);
  }

  public TenantSnapshot reactivate(String slug) {
    Tenant tenant = require(slug);
    tenant.reactivate();
    directory.invalidate(tenant.hosts());
    return TenantSnapshot.of(tenant);
  }

  /** Tenants found by name, slug or host (a blank text finds the first {@code limit}). */
  public List<Tenant> search(String text, int limit) {
    return text == null || text.isBlank() ? tenants.page(0, limit) : tenants.search(text.strip(), limit);
  }

  public List<Tenant> page(int offset, int limit) {
    return tenants.page(offset, limit);
  }

  public Tenant require(String slug) {
    return tenants
        .bySlug(slug)
        .orElseThrow(() -> ProblemException.notFound("No tenant with slug '" + slug + "'"));
  }

  /** The tenant as modules see it. */
  public TenantRef ref(UUID id) {
    return tenants.byId(id).map(Tenant::toRef)
        .orElseThrow(() -> ProblemException.notFound("No tenant " + id));
  }

  public boolean exists(String slug) {
    return tenants.bySlug(slug).isPresent();
  }

  private void apply(Tenant tenant, TenantSpec spec) {
    try {
      if (spec.inseeCode() != null && tenant.kind() == org.parvis.spi.tenant.TenantKind.COMMUNE) {
        tenant.describeCommune(communes.byCode(spec.inseeCode()).orElseThrow(() -> ProblemException.invalidField(
            "urn:parvis:problem:unknown-insee-code", "inseeCode",
            "no current commune has INSEE code '" + spec.inseeCode() + "'")), spec.population());
      } else {
        tenant.describeCommune(spec.inseeCode(), spec.population());
      }
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "urn:parvis:problem:invalid-tenant", "inseeCode", e.getMessage());
    }
    tenant.changeDefaultLocale(spec.defaultLocale() == null ? "fr" : spec.defaultLocale());
    try {
      tenant.changeTimeZone(spec.timeZone() == null ? Tenant.DEFAULT_TIME_ZONE : spec.timeZone());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "urn:parvis:problem:invalid-tenant", "timeZone", e.getMessage());
    }
    var b = spec.branding();
    if (b != null && b.primaryColor() != null && BrandColor.parse(b.primaryColor()).isPresent()
        && !BrandColor.readableWithWhiteText(b.primaryColor())) {
      throw ProblemException.invalidField("urn:parvis:problem:low-contrast", "branding.primaryColor",
          String.format(java.util.Locale.ROOT, "white text on %s has a contrast of %.2f:1, below the 4.5:1 of WCAG AA",
              b.primaryColor(), BrandColor.contrastWithWhite(b.primaryColor())));
    }
    tenant.rebrand(
        b == null ? null : new Branding(b.name(), b.primaryColor(), b.secondaryColor(), b.logoUrl()));
  }

  private static List<String> hosts(TenantSpec spec) {
    var platformHosts = PlatformConfig.platformHosts();
    for (String typed : spec.hosts()) {
      var refusal = HostName.refusalAsTenantHost(typed, platformHosts);
      if (refusal.isPresent()) {
        throw ProblemException.invalidField(switch (refusal.get()) {
          case INVALID -> "urn:parvis:problem:invalid-host";
          case IP_ADDRESS -> "urn:parvis:problem:ip-host";
          case PLATFORM_HOST -> "urn:parvis:problem:platform-host";
        }, "hosts", switch (refusal.get()) {
          case INVALID -> "'" + typed + "' is not a valid host name (a lower-case DNS name)";
          case IP_ADDRESS -> "'" + typed + "' is an IP address; a tenant is reached by a DNS name";
          case PLATFORM_HOST -> "'" + typed + "' is a host of the platform itself";
        });
      }
    }
    return spec.hosts().stream().map(h -> HostName.tenantHost(h).orElseThrow()).distinct().toList();
  }
}
