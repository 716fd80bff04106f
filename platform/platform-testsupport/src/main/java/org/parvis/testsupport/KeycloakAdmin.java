package org.parvis.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API, as tests and the demo run need it: users, roles, a test client, and
 * tokens obtained from Keycloak itself (never forged).
 */
public final class KeycloakAdmin {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String adminUser;
  private final String adminPassword;

  KeycloakAdmin(String baseUrl, String adminUser, String adminPassword) {
    this.baseUrl = baseUrl;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  /** Creates a user with a password and returns its subject id. */
  public String createUser(String username, String password, String... realmRoles) {
    String body = Json.createObjectBuilder()
        .add("username", username)
        .add("email", username + "@example.org")
        .add("emailVerified", true)
        .add("firstName", username)
        .add("lastName", "Test")
        .add("enabled", true)
        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("type", "password").add("value", password).add("temporary", false)))
        .build().toString();
    HttpResponse<String> created = send(adminRequest("/users").POST(json(body)));
    String location = created.headers().firstValue("Location").orElseThrow(
        () -> new IllegalStateException("No user created: " + created.body()));
    String id = location.substring(location.lastIndexOf('/') + 1);
    for (String role : realmRoles) {
      String representation = send(adminRequest("/roles/" + role).GET()).body();
      send(adminRequest("/users/" + id + "/role-mappings/realm")
          .POST(json("[" + representation + "]")));
    }
    return id;
  }

  /**
   * Creates many users in one call through the realm's partial import (benchmarks: one admin
   * request instead of several per user); existing usernames are skipped. Returns how many were
   * added.
   */
  public int importUsers(JsonArray users) {
    String body = Json.createObjectBuilder()
        .add("ifResourceExists", "SKIP")
        .add("users", users)
        .build().toString();
    String result = send(adminRequest("/partialImport").POST(json(body))).body();
    return ((JsonObject) parse(result)).getInt("added");
  }

  /** Changes realm settings, e.g. {@code {"passwordPolicy": "hashIterations(1)"}}. */
  public void updateRealm(JsonObject changes) {
    send(adminRequest("").PUT(json(changes.toString())));
  }

  /**
   * Creates a public client allowed to exchange a password for a token (tests only; the checked-in
   * realm has no such client), with its own access-token lifespan. Its tokens are meant for
   * Parvis' API: their audience holds {@code parvis-api}, which the API requires.
   */
  public void createTestClient(String clientId, int accessTokenLifespanSeconds) {
    createClient(clientId, accessTokenLifespanSeconds, true);
  }

  /** A test client like {@link #createTestClient} whose tokens are not meant for Parvis' API. */
  public void createForeignClient(String clientId) {
    createClient(clientId, 600, false);
  }

  private void createClient(String clientId, int accessTokenLifespanSeconds, boolean forApi) {
    var mappers = Json.createArrayBuilder();
    if (forApi) {
      mappers.add(Json.createObjectBuilder()
          .add("name", "parvis-api-audience")
          .add("protocol", "openid-connect")
          .add("protocolMapper", "oidc-audience-mapper")
          .add("config", Json.createObjectBuilder()
              .add("included.client.audience", "parvis-api")
              .add("access.token.claim", "true")
              .add("id.token.claim", "false")));
    }
    String body = Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("publicClient", true)
        .add("directAccessGrantsEnabled", true)
        .add("standardFlowEnabled", false)
        .add("protocolMappers", mappers)
        .add("attributes", Json.createObjectBuilder()
            .add("access.token.lifespan", Integer.toString(accessTokenLifespanSeconds)))
        .build().toString();
    send(adminRequest("/clients").POST(json(body)));
  }

  /**
   * Lets the portal client redirect back to {@code origin} after sign-in: the platform origin of
   * the server under test, whose port differs from the demo's.
   */
  public void allowPortalRedirect(String origin) {
    String clients = send(adminRequest("/clients?clientId=parvis-portal").GET()).body();
    JsonObject client = ((jakarta.json.JsonArray) parse(clients)).getJsonObject(0);
    if (client.getJsonArray("redirectUris").toString().contains("\"" + origin + "/*\"")) {
      return;
    }
    var uris = Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(origin + "/*");
    JsonObject updated = Json.createObjectBuilder(client).add("redirectUris", uris).build();
    send(adminRequest("/clients/" + client.getString("id")).PUT(json(updated.toString())));
  }

  /** The organization with exactly this alias, as Keycloak's admin API describes it. */
  public Optional<JsonObject> organization(String alias) {
    String found = send(adminRequest("/organizations?first=0&max=100000").GET()).body();
    return ((JsonArray) parse(found)).getValuesAs(JsonObject.class).stream()
        .filter(o -> alias.equals(o.getString("alias", null)))
        .findFirst();
  }

  /** An access token issued by Keycloak to {@code username} through {@code clientId}. */
  public String token(String clientId, String username, String password) {
    String form = form(Map.of(
        "grant_type", "password", "client_id", clientId,
        "username", username, "password", password, "scope", "openid"));
    var response = send(HttpRequest.newBuilder(
            URI.create(baseUrl + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    return ((JsonObject) parse(response.body())).getString("access_token");
  }

  private String adminToken() {
    String form = form(Map.of(
        "grant_type", "password", "client_id", "admin-cli",
        "username", adminUser, "password", adminPassword));
    var response = send(HttpRequest.newBuilder(
            URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    return ((JsonObject) parse(response.body())).getString("access_token");
  }

  private HttpRequest.Builder adminRequest(String path) {
    return HttpRequest.newBuilder(
            URI.create(baseUrl + "/admin/realms/" + KeycloakServer.REALM + path))
        .header("Authorization", "Bearer " + adminToken())
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher json(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            built.method() + " " + built.uri() + " -> " + response.statusCode() + ": " + response.body());
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static JsonStructure parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }
}
