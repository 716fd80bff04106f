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

/**
 * Creates a tenant from its spec: the registry entry first (one transaction), then, as the new
 * tenant, its modules and first members (a second transaction, since row-level security binds a
 * transaction to one tenant). Everything the spec says is checked before anything is written
 * (module ids, and every module setting against its manifest): a refused spec creates no tenant.
 */
@ApplicationScoped
public class TenantOnboarding {

  @Inject TenantAdministration tenants;
  @Inject ModuleRegistry registry;
  @Inject ModuleAdministration modules;
  @Inject MembershipAdministration memberships;
  @Inject TenantTransactions transactions;

  public TenantSnapshot onboard(TenantSpec spec) {
    spec.modulesOrEmpty().forEach((id, settings) ->
        SettingsValidation.merge(registry.require(id), Map.of(), orEmpty(settings)));
    TenantSnapshot tenant = tenants.create(spec);
    transactions.runAs(
        tenant.ref(),
        () -> {
          spec.modulesOrEmpty().forEach((id, settings) -> modules.enable(id, orEmpty(settings)));
          spec.membersOrEmpty()
              .forEach(
                  (subject, roles) ->
                      memberships.assign(subject, RoleSets.of(roles)));
        });
    return tenant;
  }

  private static Map<String, String> orEmpty(Map<String, String> settings) {
    return settings == null ? Map.of() : settings;
  }
}
