package org.parvis.core.identity.infrastructure.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakPeople.Account;

class KeycloakPeopleTest {

  /** What Keycloak 26 answers to {@code GET /admin/realms/parvis/users?briefRepresentation=true&search=cam}. */
  private static final String ANSWER = """
      [
        {"id":"3f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f","username":"camille","firstName":"Camille","lastName":"Martin",
         "email":"camille.martin@example.org","emailVerified":true,"enabled":true,"createdTimestamp":1765000000000},
        {"id":"4f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f","username":"cambon","enabled":false},
        {"id":"5f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f","username":"service-account-parvis-backend","enabled":true},
        {"id":"6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f","username":"camelia","firstName":"Camélia","lastName":null,
         "email":null,"enabled":true}
      ]
      """;

  @Test
  void aSearchAnswerGivesPeopleNamedForPagesAndNeverAServiceAccount() {
    List<Account> accounts = KeycloakPeople.accounts(ANSWER);
    assertEquals(List.of("camille", "cambon", "camelia"), accounts.stream().map(Account::username).toList());
    assertEquals("Camille Martin", accounts.get(0).displayName());
    assertEquals("camille.martin@example.org", accounts.get(0).email());
    assertEquals("cambon", accounts.get(1).displayName(), "no name: the username");
    assertFalse(accounts.get(1).enabled());
    assertEquals("Camélia", accounts.get(2).displayName());
    assertEquals(null, accounts.get(2).email());
  }
}
