package org.parvis.core.identity.application;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads claims of a JWT that has already been validated. */
final class TokenClaims {

  private TokenClaims() {}

  /** The {@code email} claim when {@code email_verified} is true. */
  static Optional<String> verifiedEmail(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      JsonObject claims = Json.createReader(new StringReader(json)).readObject();
      if (!claims.getBoolean("email_verified", false)) {
        return Optional.empty();
      }
      String email = claims.getString("email", "");
      return email.isBlank() ? Optional.empty() : Optional.of(email);
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
