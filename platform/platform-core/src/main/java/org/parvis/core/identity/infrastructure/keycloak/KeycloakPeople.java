package org.parvis.core.identity.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The realm's accounts, searched and read through Keycloak's admin API ({@code GET /users?search=…}, {@code GET
 * /users/{id}}) as the service account {@code parvis-backend} (realm-management role {@code view-users}), with the
 * token handling of {@link KeycloakServiceAccount}. Service accounts are never people; disabled accounts are not
 * offered by a search.
 */
@ApplicationScoped
public class KeycloakPeople {

  /** What an account id may be before it goes into a URL (Keycloak's are UUIDs). */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  @Inject KeycloakServiceAccount keycloak;

  /** One account as the directory reads it. */
  public record Account(String id, String username, String firstName, String lastName, String email,
      boolean enabled) {

    /** First and last name when known, otherwise the username. */
    public String displayName() {
      String name = (nonNull(firstName) + " " + nonNull(lastName)).strip();
      return name.isEmpty() ? nonNull(username) : name;
    }

    private static String nonNull(String text) {
      return text == null ? "" : text.strip();
    }
  }

  /** Whether the service account can be used (a client secret is configured). */
  public boolean configured() {
    return keycloak.configured();
  }

  /**
   * Enabled accounts whose username, name or e-mail contains {@code query}, at most {@code max}.
   *
   * @throws KeycloakServiceAccount.KeycloakException when Keycloak cannot be reached or refuses
   */
  public List<Account> search(String query, int max) {
    var response = keycloak.send(keycloak.admin("/users?briefRepresentation=true&max=" + max + "&search="
        + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")).GET());
    if (response.statusCode() != 200) {
      throw new KeycloakServiceAccount.KeycloakException("Searching users: " + response.statusCode());
    }
    return accounts(response.body()).stream().filter(Account::enabled).limit(max).toList();
  }

  /**
   * The account {@code id}, empty when Keycloak does not know it (or when it is no account id at all).
   *
   * @throws KeycloakServiceAccount.KeycloakException when Keycloak cannot be reached or refuses
   */
  public Optional<Account> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    var response = keycloak.send(keycloak.admin("/users/" + id).GET());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new KeycloakServiceAccount.KeycloakException("Reading user " + id + ": " + response.statusCode());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return account(reader.readObject());
    }
  }

  /** The people among the users of a Keycloak answer (a JSON array of user representations). */
  static List<Account> accounts(String json) {
    List<Account> accounts = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        if (value instanceof JsonObject user) {
          account(user).ifPresent(accounts::add);
        }
      }
    }
    return accounts;
  }

  static Optional<Account> account(JsonObject user) {
    String id = user.getString("id", null);
    String username = user.getString("username", "");
    if (id == null || username.startsWith("service-account-") || user.containsKey("serviceAccountClientId")) {
      return Optional.empty();
    }
    return Optional.of(new Account(id, username, user.getString("firstName", null), user.getString("lastName", null),
        user.getString("email", null), user.getBoolean("enabled", true)));
  }
}
