package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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

  public TenantSnapshot create(TenantSpec spec) {
    if (tenants.bySlug(spec.slug()).isPresent()) {
      throw ProblemException.conflict(
          "urn:parvis:problem:slug-taken", "A tenant with slug '" + spec.slug() + "' exists");
    }
    Tenant tenant = new Tenant(spec.slug(), spec.kind(), spec.displayName(), hosts(spec));
    apply(tenant, spec);
    for (String host : tenant.hosts()) {
      if (tenants.hostTaken(host)) {
        throw ProblemException.conflict(
            "urn:parvis:problem:host-taken", "Host '" + host + "' already serves a tenant");
      }
    }
    tenants.add(tenant);
    organizations.add(tenant.id());
    createdEvents.fire(new TenantCreated(tenant.id()));
    directory.invalidate(tenant.hosts());
    return TenantSnapshot.of(tenant);
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
        throw ProblemException.conflict(
            "urn:parvis:problem:host-taken", "Host '" + host + "' already serves a tenant");
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

  private static void apply(Tenant tenant, TenantSpec spec) {
    try {
      tenant.describeCommune(spec.inseeCode(), spec.population());
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
    tenant.rebrand(
        b == null ? null : new Branding(b.name(), b.primaryColor(), b.secondaryColor(), b.logoUrl()));
  }

  private static List<String> hosts(TenantSpec spec) {
    return spec.hosts().stream()
        .map(
            h ->
                HostName.tenantHost(h)
                    .orElseThrow(
                        () ->
                            ProblemException.invalidField(
                                "urn:parvis:problem:invalid-host", "hosts",
                                "'" + h + "' is not a valid host name (a DNS name, not an IP address)")))
        .distinct()
        .toList();
  }
}
