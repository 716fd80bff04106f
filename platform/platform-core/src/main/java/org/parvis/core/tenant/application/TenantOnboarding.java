package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.identity.domain.RoleSets;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleRegistry;
import org.parvis.core.module.application.SettingsValidation;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.tenant.domain.Tenant;

/**
 * Creates a tenant from its spec in ONE transaction: the spec is checked whole first (module ids, every module
 * setting against its manifest, hosts, language, time zone, colours), then a transaction bound to the new tenant
 * (row-level security binds a transaction to one tenant; the registry tables are the platform's and have no
 * policy) stores the registry entry, then enables its modules and appoints its first members. A refusal or a
 * failure at any step rolls everything back: no tenant is left half-created.
 */
@ApplicationScoped
public class TenantOnboarding {

  @Inject TenantAdministration tenants;
  @Inject ModuleRegistry registry;
  @Inject ModuleAdministration modules;
  @Inject MembershipAdministration memberships;
  @Inject TenantTransactions transactions;

  public TenantSnapshot onboard(TenantSpec spec) {
    return onboard(spec, created -> { });
  }

  /**
   * Creates the tenant, then runs {@code thenInside} as the new tenant in the same transaction (e.g. inviting its
   * first administrator): when it fails, nothing is created.
   */
  public TenantSnapshot onboard(TenantSpec spec, java.util.function.Consumer<TenantSnapshot> thenInside) {
    spec.modulesOrEmpty().forEach((id, settings) ->
        SettingsValidation.merge(registry.require(id), Map.of(), orEmpty(settings)));
    Tenant prepared = tenants.prepare(spec);
    return transactions.callAs(prepared.toRef(), () -> {
      TenantSnapshot tenant = tenants.register(prepared);
      spec.modulesOrEmpty().forEach((id, settings) -> modules.enable(id, orEmpty(settings)));
      spec.membersOrEmpty().forEach((subject, roles) -> memberships.assign(subject, RoleSets.of(roles)));
      thenInside.accept(tenant);
      return tenant;
    });
  }

  private static Map<String, String> orEmpty(Map<String, String> settings) {
    return settings == null ? Map.of() : settings;
  }
}
