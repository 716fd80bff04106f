package org.parvis.core.identity.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
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
import java.util.Optional;
import org.parvis.core.PlatformConfig;

/**
 * Calls to Keycloak's admin REST API as the confidential service-account client {@code parvis-backend} of the
 * realm Parvis trusts ({@code parvis.oidc.provider-url}), with its token cached until shortly before it expires.
 * Its secret comes from {@code parvis.keycloak.client-secret} / {@code PARVIS_KEYCLOAK_CLIENT_SECRET}; without it
 * the client is not {@link #configured()}.
 */
@ApplicationScoped
public class KeycloakServiceAccount {

  public static final String CLIENT_ID = "parvis-backend";
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

  /** A request to {@code path} of the realm's admin API ({@code /admin/realms/<realm>/…}), authorized. */
  public HttpRequest.Builder admin(String path) {
    String adminRealm = PlatformConfig.realmUrl().replaceFirst("/realms/", "/admin/realms/");
    return HttpRequest.newBuilder(URI.create(adminRealm + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + accessToken());
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KeycloakException("Keycloak unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeycloakException("Interrupted");
    }
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
            URI.create(PlatformConfig.realmUrl() + "/protocol/openid-connect/token"))
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
