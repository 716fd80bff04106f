package org.parvis.core.tenant.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parvis.core.PlatformConfig;

/**
 * Keycloak's organizations admin API, called as the confidential service-account client {@code
 * parvis-backend} of the realm Parvis trusts ({@code parvis.oidc.provider-url}). Its secret comes
 * from {@code parvis.keycloak.client-secret} / {@code PARVIS_KEYCLOAK_CLIENT_SECRET}; without it
 * the client is not {@link #configured()} and organizations are not mirrored.
 */
@ApplicationScoped
public class KeycloakOrganizations {

  static final String CLIENT_ID = "parvis-backend";
  private static final Logger LOG = Logger.getLogger(KeycloakOrganizations.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT)
      .build();
  private volatile CachedToken token;

  /** Whether a client secret is configured. */
  public boolean configured() {
    return secret().isPresent();
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

  /**
   * A read of the realm's admin API as the service account, e.g. {@code /users?search=…} for the directory of
   * people ({@code identity/infrastructure/keycloak/KeycloakPeople}); {@code path} starts with {@code /}.
   *
   * @throws KeycloakException when Keycloak cannot be reached or no secret is configured
   */
  public HttpResponse<String> adminGet(String path) {
    return send(admin(path).GET());
  }

  private HttpRequest.Builder admin(String path) {
    return HttpRequest.newBuilder(URI.create(
            realmUrl().replaceFirst("/realms/", "/admin/realms/") + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + accessToken());
  }

  private String accessToken() {
    CachedToken current = token;
    if (current != null && Instant.now().isBefore(current.refreshAt())) {
      return current.value();
    }
    String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
        + URLEncoder.encode(secret().orElseThrow(
            () -> new KeycloakException("No Keycloak client secret configured")),
            StandardCharsets.UTF_8);
    var response = send(HttpRequest.newBuilder(
            URI.create(realmUrl() + "/protocol/openid-connect/token"))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new KeycloakException("Service-account token refused: " + response.statusCode());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      long lifetime = json.getJsonNumber("expires_in").longValue();
      token = new CachedToken(json.getString("access_token"),
          Instant.now().plusSeconds(Math.max(0, lifetime - 30)));
      return token.value();
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KeycloakException("Keycloak unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeycloakException("Interrupted");
    }
  }

  private static String realmUrl() {
    return PlatformConfig.value("parvis.oidc.provider-url")
        .orElse("http://localhost:8180/realms/parvis")
        .replaceAll("/+$", "");
  }

  private static Optional<String> secret() {
    return PlatformConfig.value("parvis.keycloak.client-secret");
  }

  private record CachedToken(String value, Instant refreshAt) {}

  /** Keycloak could not be reached or refused the call; the caller retries later. */
  public static class KeycloakException extends RuntimeException {
    public KeycloakException(String message) {
      super(message);
    }
  }
}
