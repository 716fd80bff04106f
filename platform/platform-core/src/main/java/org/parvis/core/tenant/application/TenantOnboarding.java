package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.identity.domain.RoleSets;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleRegistry;
import org.parvis.core.multitenancy.TenantTransactions;

/**
 * Creates a tenant from its spec: the registry entry first (one transaction), then, as the new
 * tenant, its modules and first members (a second transaction, since row-level security binds a
 * transaction to one tenant). Module ids are checked before anything is written.
 */
@ApplicationScoped
public class TenantOnboarding {

  @Inject TenantAdministration tenants;
  @Inject ModuleRegistry registry;
  @Inject ModuleAdministration modules;
  @Inject MembershipAdministration memberships;
  @Inject TenantTransactions transactions;

  public TenantSnapshot onboard(TenantSpec spec) {
    spec.modulesOrEmpty().keySet().forEach(registry::require);
    TenantSnapshot tenant = tenants.create(spec);
    transactions.runAs(
        tenant.ref(),
        () -> {
          spec.modulesOrEmpty().forEach(modules::enable);
          spec.membersOrEmpty()
              .forEach(
                  (subject, roles) ->
                      memberships.assign(subject, RoleSets.of(roles)));
        });
    return tenant;
  }
}
