package org.parvis.core.portal;

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.parvis.core.PlatformConfig;
import org.parvis.spi.problem.ProblemException;

/**
 * The portal as the public OIDC client {@code parvis-portal}: authorization code flow with PKCE.
 * Tokens come straight from Keycloak's token endpoint over the back channel, so their claims are
 * checked (issuer, audience, authorized party, nonce, expiry) without re-verifying the
 * signature (OIDC Core 3.1.3.7). That holds only over TLS: outside loopback the issuer must be
 * https, or no sign-in is attempted. Bearer tokens on the API are verified in full by WildFly.
 */
@ApplicationScoped
public class PortalOidcClient {

  public static final String CLIENT_ID = "parvis-portal";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The realm's issuer URL, as WildFly's OIDC client is configured with it. */
  public String issuer() {
    return PlatformConfig.value("parvis.oidc.provider-url")
        .orElse("http://localhost:8180/realms/parvis");
  }

  URI authorization(PendingLogin login, String redirectUri, String language) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", CLIENT_ID);
    query.put("response_type", "code");
    query.put("scope", "openid");
    query.put("redirect_uri", redirectUri);
    query.put("state", login.state());
    query.put("nonce", login.nonce());
    query.put("code_challenge", Pkce.challenge(login.verifier()));
    query.put("code_challenge_method", "S256");
    query.put("ui_locales", language);
    return URI.create(issuer() + "/protocol/openid-connect/auth?" + form(query));
  }

  URI logout(String idToken, String postLogoutRedirect) {
    return URI.create(issuer() + "/protocol/openid-connect/logout?" + form(Map.of(
        "id_token_hint", idToken, "post_logout_redirect_uri", postLogoutRedirect,
        "client_id", CLIENT_ID)));
  }

  /** Exchanges the code for tokens and returns who signed in. */
  SignedIn exchange(String code, PendingLogin login, String redirectUri) {
    if (!trustedChannel(issuer())) {
      throw new ProblemException(503, "urn:parvis:problem:sign-in-unavailable",
          "Sign-in unavailable", "Sign-in is not configured safely: the identity provider must be"
          + " reached over https (PARVIS_OIDC_PROVIDER_URL)");
    }
    String body = form(Map.of(
        "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
        "client_id", CLIENT_ID, "code_verifier", login.verifier()));
    JsonObject tokens;
    try {
      var response = http.send(HttpRequest.newBuilder(
                  URI.create(issuer() + "/protocol/openid-connect/token"))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw loginFailed("the identity provider refused the sign-in");
      }
      tokens = parse(response.body());
    } catch (IOException e) {
      throw loginFailed("the identity provider could not be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw loginFailed("interrupted");
    }
    String idToken = tokens.getString("id_token");
    JsonObject id = claims(idToken);
    JsonObject access = claims(tokens.getString("access_token"));
    if (!issuer().equals(id.getString("iss", ""))
        || !audienceContains(id, CLIENT_ID)
        || !CLIENT_ID.equals(id.getString("azp", CLIENT_ID))
        || !login.nonce().equals(id.getString("nonce", ""))
        || id.getJsonNumber("exp").longValue() < Instant.now().getEpochSecond()) {
      throw loginFailed("the identity token did not match this sign-in");
    }
    boolean operator = access.containsKey("realm_access")
        && access.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(
            jakarta.json.JsonString.class).stream().anyMatch(r -> "operator".equals(r.getString()));
    String name = id.getString("name", id.getString("preferred_username", id.getString("sub")));
    return new SignedIn(id.getString("sub"), name, operator, idToken);
  }

  /**
   * Whether tokens fetched from {@code issuer} may be trusted without checking their signature:
   * over https, or on this machine (loopback, as in the demo and the tests).
   */
  static boolean trustedChannel(String issuer) {
    URI uri;
    try {
      uri = URI.create(issuer);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
    return "https".equalsIgnoreCase(uri.getScheme())
        || ("http".equalsIgnoreCase(uri.getScheme()) && (host.equals("localhost")
            || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]")));
  }

  private static boolean audienceContains(JsonObject claims, String clientId) {
    var aud = claims.get("aud");
    return aud != null && aud.toString().contains("\"" + clientId + "\"");
  }

  private static JsonObject claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      throw loginFailed("malformed token");
    }
    return parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static ProblemException loginFailed(String why) {
    return new ProblemException(
        400, "urn:parvis:problem:sign-in-failed", "Sign-in failed", "Sign-in failed: " + why);
  }

  static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
