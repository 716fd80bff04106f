package org.parvis.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People in the test Keycloak: created on first use with a random password, tokens issued by
 * Keycloak itself through a test-only client.
 */
public final class TestIdentities {

  public static final String CLIENT = "parvis-tests";
  public static final String SHORT_LIVED_CLIENT = "parvis-tests-short";
  /** A client of the same realm whose tokens are not meant for Parvis' API. */
  public static final String FOREIGN_CLIENT = "parvis-tests-foreign";

  private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();
  private static volatile boolean clientsCreated;

  private TestIdentities() {}

  /** An instance operator (realm role {@code operator}). */
  public static Account operator() {
    return account("it-operator", "operator");
  }

  /** A person with no realm role; tenant roles are given through the Parvis API. */
  public static Account person(String username) {
    return account(username);
  }

  private static Account account(String username, String... realmRoles) {
    ensureClients();
    return ACCOUNTS.computeIfAbsent(username, name -> {
      String password = Secrets.random(20);
      String subject = IntegrationServices.keycloak().admin().createUser(name, password, realmRoles);
      return new Account(name, subject, password);
    });
  }

  private static synchronized void ensureClients() {
    if (!clientsCreated) {
      KeycloakAdmin admin = IntegrationServices.keycloak().admin();
      admin.createTestClient(CLIENT, 600);
      admin.createTestClient(SHORT_LIVED_CLIENT, 1);
      admin.createForeignClient(FOREIGN_CLIENT);
      clientsCreated = true;
    }
  }

  /** A Keycloak user of the test realm. */
  public record Account(String username, String subject, String password) {

    public String token() {
      return IntegrationServices.keycloak().admin().token(CLIENT, username, password);
    }

    /** A valid token of the realm, issued to another application than Parvis' API. */
    public String foreignToken() {
      return IntegrationServices.keycloak().admin().token(FOREIGN_CLIENT, username, password);
    }

    /** A token that expires one second after it is issued. */
    public String shortLivedToken() {
      return IntegrationServices.keycloak().admin().token(SHORT_LIVED_CLIENT, username, password);
    }
  }
}
