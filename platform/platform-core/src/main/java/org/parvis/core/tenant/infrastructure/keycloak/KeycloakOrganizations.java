package org.parvis.core.tenant.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Logger;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakServiceAccount;

/**
 * Keycloak's organizations admin API, called as the confidential service-account client {@code
 * parvis-backend} of the realm Parvis trusts ({@code parvis.oidc.provider-url}). Its secret comes
 * from {@code parvis.keycloak.client-secret} / {@code PARVIS_KEYCLOAK_CLIENT_SECRET}; without it
 * the client is not {@link #configured()} and organizations are not mirrored.
 */
@ApplicationScoped
public class KeycloakOrganizations {

  static final String CLIENT_ID = KeycloakServiceAccount.CLIENT_ID;
  private static final Logger LOG = Logger.getLogger(KeycloakOrganizations.class.getName());

  @Inject KeycloakServiceAccount serviceAccount;

  /** Whether a client secret is configured. */
  public boolean configured() {
    return serviceAccount.configured();
  }

  /**
   * Creates the organization {@code alias}. Keycloak answers 409 when the alias (or a domain) is
   * taken: that counts as done, so that a retry after a lost answer is harmless, and is logged.
   *
   * @param domains internet domains of the organization (the tenant's host names); may be empty
   * @throws KeycloakException when Keycloak cannot be reached or refuses
   */
  public void ensure(String alias, String name, List<String> domains) {
    JsonArrayBuilder domainArray = Json.createArrayBuilder();
    domains.forEach(d -> domainArray.add(Json.createObjectBuilder().add("name", d)));
    String body = Json.createObjectBuilder()
        .add("name", name)
        .add("alias", alias)
        .add("enabled", true)
        .add("domains", domainArray)
        .build().toString();
    var response = send(admin("/organizations")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() == 409) {
      LOG.info(() -> "Keycloak already has organization " + alias + ": " + response.body());
    } else if (response.statusCode() != 201) {
      throw new KeycloakException("Creating organization " + alias + ": "
          + response.statusCode() + " " + response.body());
    }
  }

  private HttpRequest.Builder admin(String path) {
    return serviceAccount.admin(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return serviceAccount.send(request);
  }

  /** Keycloak could not be reached or refused the call; the caller retries later. */
  public static class KeycloakException extends KeycloakServiceAccount.KeycloakException {
    public KeycloakException(String message) {
      super(message);
    }
  }
}
