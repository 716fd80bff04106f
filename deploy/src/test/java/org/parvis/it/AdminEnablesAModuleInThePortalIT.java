package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TestIdentities;

/** The newcomer's path through the portal, in a (minimal) browser with a real Keycloak login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminEnablesAModuleInThePortalIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  /** Keycloak knows one redirect URI, the platform host's, whatever the number of tenants. */
  @BeforeAll
  static void keycloakKnowsThePlatformHostOnly() {
    IntegrationServices.keycloak().admin().allowPortalRedirect(
        "http://localhost:" + Integer.getInteger("parvis.it.http.port"));
  }

  @Test
  void anAdminSignsInEnablesPagesAndOnlyTheirTenantShowsIt() {
    var commune = TenantFixtures.commune("portail");
    var voisine = TenantFixtures.commune("voisine-portail");
    var admin = TestIdentities.person("admin-portail");
    TenantFixtures.appoint(commune, admin, "ADMIN");

    var browser = new PortalBrowser(commune.host());
    var home = browser.open("/");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("<html lang=\"fr\">"), home.body());
    assertTrue(home.body().contains("Tenant " + commune.slug()), home.body());
    assertTrue(home.body().contains("Se connecter"));

    var adminPage = browser.signIn(admin.username(), admin.password(), "/admin/modules");
    assertEquals(200, adminPage.status(), adminPage.body());
    assertTrue(adminPage.body().contains("Modules de participation"), adminPage.body());
    assertTrue(adminPage.body().contains("admin-portail"), "shows who is signed in");

    var forged = browser.submit("/admin/modules/pages/enable", Map.of("csrf", "forged"));
    assertEquals(403, forged.status());

    var enabled = browser.submit("/admin/modules/pages/enable", Map.of("csrf", adminPage.csrf()));
    assertEquals(200, enabled.status(), enabled.body());
    assertTrue(enabled.body().contains("activé"), enabled.body());

    var homeAfter = new PortalBrowser(commune.host()).open("/");
    assertTrue(homeAfter.body().contains("href=\"/pages\""), homeAfter.body());
    assertEquals(200, new PortalBrowser(commune.host()).open("/pages").status());
    var otherHome = new PortalBrowser(voisine.host()).open("/");
    assertFalse(otherHome.body().contains("href=\"/pages\""), otherHome.body());
    assertEquals(404, new PortalBrowser(voisine.host()).open("/pages").status());
  }

  @Test
  void theAdministrationHomeLinksEveryAdministrationPageTheRolesOpen() {
    var commune = TenantFixtures.commune("accueil-admin");
    var admin = TestIdentities.person("admin-accueil");
    TenantFixtures.appoint(commune, admin, "ADMIN");
    var staff = TestIdentities.person("agent-accueil");
    TenantFixtures.appoint(commune, staff, "STAFF");

    var browser = new PortalBrowser(commune.host());
    var modulesPage = browser.signIn(admin.username(), admin.password(), "/admin/modules");
    for (String module : List.of("votations", "worksites")) {
      var enabled = browser.submit("/admin/modules/" + module + "/enable", Map.of("csrf", modulesPage.csrf()));
      assertEquals(200, enabled.status(), enabled.body());
    }
    var home = browser.open("/admin");
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains("<a href=\"/admin\" aria-current=\"page\">Administration</a>"), home.body());
    for (String page : List.of("/admin/modules", "/votations/administration", "/worksites/staff")) {
      assertTrue(home.body().contains("href=\"" + page + "\""), page + " listed: " + home.body());
      assertEquals(200, browser.open(page).status(), page + " opens for the administrator");
    }
    assertFalse(home.body().contains("/budget/administration"), "a module not enabled lists nothing");

    var agent = new PortalBrowser(commune.host()).signIn(staff.username(), staff.password(), "/admin");
    assertEquals(200, agent.status(), agent.body());
    assertTrue(agent.body().contains("href=\"/worksites/staff\"") && agent.body().contains("href=\"/votations/administration\""),
        agent.body());
    assertFalse(agent.body().contains("href=\"/admin/modules\""), "only administrators configure modules");
  }

  @Test
  void theAdminPageSendsAnonymousVisitorsToSignIn() {
    var commune = TenantFixtures.commune("anonyme");
    var page = new PortalBrowser(commune.host()).open("/admin/modules");
    assertTrue(page.url().contains("/realms/parvis/protocol/openid-connect/auth"), page.url());
    assertTrue(page.url().contains("code_challenge_method=S256"), page.url());
  }

  @Test
  void aCitizenIsRefusedTheAdminPage() {
    var commune = TenantFixtures.commune("refus");
    var citizen = TestIdentities.person("citoyen-portail");
    TenantFixtures.appoint(commune, citizen, "CITIZEN");
    var page = new PortalBrowser(commune.host()).signIn(
        citizen.username(), citizen.password(), "/admin/modules");
    assertEquals(403, page.status());
    assertTrue(page.body().contains("<main"), "an accessible error page, not a stack trace");
  }

  @Test
  void anOperatorSignsInOnThePlatformHostAndSeesTheTenants() {
    var commune = TenantFixtures.commune("console");
    var operator = TestIdentities.operator();
    var console = new PortalBrowser("localhost").signIn(operator.username(), operator.password(), "/");
    assertEquals(200, console.status(), console.body());
    assertTrue(console.url().endsWith("/operator"), console.url());
    assertTrue(console.body().contains(commune.host()), console.body());

    var onTenantHost = new PortalBrowser(commune.host()).open("/operator");
    assertEquals(404, onTenantHost.status(), "the operator console is not served on tenant hosts");
  }

  @Test
  void aTicketWorksOnceAndOnlyInTheBrowserThatStartedTheSignIn() {
    var commune = TenantFixtures.commune("billet");
    var person = TestIdentities.person("billet-unique");
    var browser = new PortalBrowser(commune.host());
    var signedIn = browser.signIn(person.username(), person.password(), "/");
    assertTrue(signedIn.body().contains("billet-unique"), signedIn.body());

    var stranger = new PortalBrowser(commune.host());
    var replay = stranger.open("/auth/ticket?ticket=anything");
    assertEquals(400, replay.status());
    assertFalse(replay.body().contains("billet-unique"));
  }

  @Test
  void englishIsAvailable() {
    var commune = TenantFixtures.commune("english");
    var browser = new PortalBrowser(commune.host());
    var english = browser.open("/lang/en?return=/");
    assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
    assertTrue(english.body().contains("Sign in"));
  }
}
