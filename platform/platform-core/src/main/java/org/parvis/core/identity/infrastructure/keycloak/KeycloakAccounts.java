package org.parvis.core.identity.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * People's accounts in Keycloak, found or created by e-mail address through the admin API (as the service account
 * {@code parvis-backend}, which holds {@code view-users} and {@code manage-users}). An account this class creates
 * has its address as username, is not yet verified, and gets a temporary password that Keycloak makes its owner
 * replace at the first sign-in ({@code UPDATE_PASSWORD}).
 */
@ApplicationScoped
public class KeycloakAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject KeycloakServiceAccount keycloak;

  /** An account: its id (the subject of its tokens), and whether it was created just now. */
  public record Account(String id, String email, boolean created) {}

  public boolean configured() {
    return keycloak.configured();
  }

  /** The account whose e-mail address is {@code email} (case ignored), if any. */
  public Optional<String> findByEmail(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    var response = keycloak.send(keycloak.admin("/users?exact=true&briefRepresentation=true&email="
        + URLEncoder.encode(address, StandardCharsets.UTF_8)).GET());
    if (response.statusCode() != 200) {
      throw new KeycloakServiceAccount.KeycloakException("Finding an account: " + response.statusCode());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonArray users = reader.readArray();
      return users.stream().map(u -> u.asJsonObject())
          .filter(u -> address.equalsIgnoreCase(u.getString("email", "")))
          .map(u -> u.getString("id")).findFirst();
    }
  }

  /** The account of {@code email}, created (enabled, e-mail not yet verified) when there is none. */
  public Account findOrCreate(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    var existing = findByEmail(address);
    if (existing.isPresent()) {
      return new Account(existing.get(), address, false);
    }
    String body = Json.createObjectBuilder()
        .add("username", address)
        .add("email", address)
        .add("enabled", true)
        .add("emailVerified", false)
        .build().toString();
    var response = keycloak.send(keycloak.admin("/users")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() == 409) { // created meanwhile, or the address is someone's username
      return new Account(findByEmail(address).orElseThrow(() -> new KeycloakServiceAccount.KeycloakException(
          "Keycloak has a conflicting account for " + address)), address, false);
    }
    if (response.statusCode() != 201) {
      throw new KeycloakServiceAccount.KeycloakException("Creating an account: " + response.statusCode() + " "
          + response.body());
    }
    String location = response.headers().firstValue("Location").orElseThrow(
        () -> new KeycloakServiceAccount.KeycloakException("Keycloak created an account without saying where"));
    return new Account(location.substring(location.lastIndexOf('/') + 1), address, true);
  }

  /**
   * Gives account {@code id} a new temporary password, to be replaced at its first sign-in, and returns it (for the
   * invitation mail).
   */
  public String temporaryPassword(String id) {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    String body = Json.createObjectBuilder().add("type", "password").add("value", password.toString())
        .add("temporary", true).build().toString();
    var response = keycloak.send(keycloak.admin("/users/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "/reset-password")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() != 204) {
      throw new KeycloakServiceAccount.KeycloakException("Setting a temporary password: " + response.statusCode());
    }
    return password.toString();
  }
}
