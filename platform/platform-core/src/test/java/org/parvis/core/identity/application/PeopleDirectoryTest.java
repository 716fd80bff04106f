package org.parvis.core.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakPeople;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakPeople.Account;
import org.parvis.core.tenant.infrastructure.keycloak.KeycloakOrganizations.KeycloakException;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

class PeopleDirectoryTest {

  private static final Account CAMILLE = new Account("3f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f", "camille", "Camille",
      "Martin", "camille.martin@example.org", true);

  /** Keycloak as the directory sees it: one account, or out of reach. */
  private static final class FakeKeycloak extends KeycloakPeople {
    boolean down;
    String lastQuery;
    int lastMax;

    @Override
    public List<Account> search(String query, int max) {
      if (down) {
        throw new KeycloakException("unreachable");
      }
      lastQuery = query;
      lastMax = max;
      return List.of(CAMILLE);
    }

    @Override
    public Optional<Account> find(String id) {
      return CAMILLE.id().equals(id) ? Optional.of(CAMILLE) : Optional.empty();
    }
  }

  private static Caller caller(TenantRole... roles) {
    return new Caller() {
      @Override public Optional<String> subject() { return Optional.of("someone"); }
      @Override public Set<TenantRole> tenantRoles() { return Set.of(roles); }
      @Override public boolean isOperator() { return false; }
      @Override public boolean isVerifiedResident() { return false; }
    };
  }

  private static PeopleDirectory directory(FakeKeycloak keycloak, TenantRole... roles) {
    PeopleDirectory directory = new PeopleDirectory();
    directory.keycloak = keycloak;
    directory.caller = caller(roles);
    return directory;
  }

  @Test
  void administratorsSeeTheAddressOthersWithARoleAMaskedOne() {
    FakeKeycloak keycloak = new FakeKeycloak();
    assertEquals(List.of(new Person(CAMILLE.id(), "Camille Martin", "camille.martin@example.org")),
        directory(keycloak, TenantRole.ADMIN, TenantRole.CITIZEN).search("  cam "));
    assertEquals("cam", keycloak.lastQuery);
    assertEquals(People.MAX_RESULTS, keycloak.lastMax);
    assertEquals(List.of(new Person(CAMILLE.id(), "Camille Martin", "c•••@example.org")),
        directory(keycloak, TenantRole.STAFF).search("cam"));
    assertEquals("Camille Martin", directory(keycloak, TenantRole.MODERATOR).find(CAMILLE.id()).get().name());
    assertEquals(Optional.empty(), directory(keycloak, TenantRole.ADMIN).find("9f1c2a8e-0000-4c3a-9e8f-0a1b2c3d4e5f"));
  }

  @Test
  void residentsAndVisitorsMaySearchNobody() {
    FakeKeycloak keycloak = new FakeKeycloak();
    assertEquals(403, assertThrows(ProblemException.class,
        () -> directory(keycloak, TenantRole.CITIZEN).search("cam")).status());
    assertEquals(403, assertThrows(ProblemException.class,
        () -> directory(keycloak).find(CAMILLE.id())).status());
    assertEquals(null, keycloak.lastQuery, "Keycloak was not asked");
  }

  @Test
  void aSearchTooShortAsksNothingAndAnUnreachableKeycloakIsA503() {
    FakeKeycloak keycloak = new FakeKeycloak();
    assertEquals(List.of(), directory(keycloak, TenantRole.ADMIN).search("c"));
    assertEquals(null, keycloak.lastQuery);
    keycloak.down = true;
    ProblemException down = assertThrows(ProblemException.class,
        () -> directory(keycloak, TenantRole.ADMIN).search("cam"));
    assertEquals(503, down.status());
    assertEquals("urn:parvis:problem:directory-unavailable", down.type());
  }

  @Test
  void masksKeepTheFirstCharacterAndTheDomain() {
    assertEquals("c•••@example.org", PeopleDirectory.masked("camille.martin@example.org"));
    assertEquals("é•••@mairie.fr", PeopleDirectory.masked("élodie@mairie.fr"));
    assertEquals("•••", PeopleDirectory.masked("no-at-sign"));
    assertEquals("", PeopleDirectory.masked(""));
  }
}
