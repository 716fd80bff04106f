package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.tenant.application.TenantOnboarding;
import org.parvis.core.tenant.application.TenantSpec;
import org.parvis.modules.pages.application.PageEditing;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.tenant.TenantRef;
import org.parvis.testsupport.ParvisDeployment;

/** Runs inside the server: the database itself keeps tenants apart, even from native SQL. */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  @Deployment
  static WebArchive deployment() {
    return ParvisDeployment.builtWar().addClasses(NativeSql.class);
  }

  @Inject TenantOnboarding onboarding;
  @Inject TenantTransactions transactions;
  @Inject PageEditing pages;
  @Inject NativeSql sql;

  private TenantRef tenantWithOnePage(String prefix) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    var tenant = onboarding.onboard(new TenantSpec(slug, TenantKind.COLLECTIVE, slug, null, null,
        List.of(slug + ".localhost"), "fr", null, null, Map.of("pages", Map.of()), Map.of())).ref();
    transactions.runAs(tenant, () -> pages.save("page-" + prefix, "Titre", "Texte", true));
    return tenant;
  }

  @Test
  void nativeSqlInATenantTransactionSeesOnlyThatTenantsRows() {
    TenantRef a = tenantWithOnePage("rls-a");
    TenantRef b = tenantWithOnePage("rls-b");

    long all = transactions.callAs(a, () -> sql.count("select count(*) from pages_page"));
    long ofB = transactions.callAs(a, () ->
        sql.count("select count(*) from pages_page where tenant_id = '" + b.id() + "'"));
    long modulesOfB = transactions.callAs(a, () ->
        sql.count("select count(*) from parvis_tenant_module where tenant_id = '" + b.id() + "'"));

    assertEquals(1, all);
    assertEquals(0, ofB);
    assertEquals(0, modulesOfB);
    assertEquals(1L, (long) transactions.callAs(b, () -> sql.count("select count(*) from pages_page")));
  }

  @Test
  void nativeSqlCannotWriteIntoAnotherTenant() {
    TenantRef a = tenantWithOnePage("rls-w-a");
    TenantRef b = tenantWithOnePage("rls-w-b");

    assertThrows(RuntimeException.class, () -> transactions.runAs(a, () -> sql.execute(
        "insert into pages_page (id, tenant_id, slug, title, body, published, updated_at, version)"
            + " values (gen_random_uuid(), '" + b.id() + "', 'intrus', 't', 'b', true, now(), 0)")));
    assertEquals(0, transactions.callAs(a, () -> sql.execute(
        "update pages_page set title = 'pirate' where tenant_id = '" + b.id() + "'")));
    assertEquals(1L, (long) transactions.callAs(b, () ->
        sql.count("select count(*) from pages_page where title = 'Titre'")));
  }

  @Test
  void withoutATenantNothingIsVisible() {
    tenantWithOnePage("rls-none");
    long visible = transactions.callAs(null, () -> sql.count("select count(*) from pages_page"));
    assertEquals(0, visible);
  }
}
