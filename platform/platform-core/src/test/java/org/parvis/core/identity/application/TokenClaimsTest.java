package org.parvis.core.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  private static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
  }

  @Test
  void givesTheEmailOnlyWhenVerified() {
    assertEquals(Optional.of("ana@example.org"),
        TokenClaims.verifiedEmail(jwt("{\"email\":\"ana@example.org\",\"email_verified\":true}")));
    assertEquals(Optional.empty(),
        TokenClaims.verifiedEmail(jwt("{\"email\":\"ana@example.org\",\"email_verified\":false}")));
    assertEquals(Optional.empty(), TokenClaims.verifiedEmail(jwt("{\"email\":\"ana@example.org\"}")));
  }

  @Test
  void malformedTokensGiveNothing() {
    assertEquals(Optional.empty(), TokenClaims.verifiedEmail("not-a-token"));
    assertEquals(Optional.empty(), TokenClaims.verifiedEmail("a.%%%.c"));
    assertEquals(Optional.empty(), TokenClaims.verifiedEmail(jwt("[1,2]")));
  }
}
