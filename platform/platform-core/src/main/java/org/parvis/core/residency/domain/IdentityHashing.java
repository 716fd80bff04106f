package org.parvis.core.residency.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256 with the instance key) of identities and verification codes, bound
 * to one tenant. Without the key a stored hash cannot be tested against guessed identities.
 */
public final class IdentityHashing {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public IdentityHashing(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("The identity key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The hash standing for {@code identity} in {@code tenant}. */
  public String identityHash(UUID tenant, PersonIdentity identity) {
    return hmacHex(tenant + "|" + identity.canonical());
  }

  /** The hash under which a verification {@code code} of {@code tenant} is stored. */
  public String codeHash(UUID tenant, String code) {
    return hmacHex("code|" + tenant + "|" + canonicalCode(code));
  }

  /** A code as typed, without separators, upper-case. */
  public static String canonicalCode(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  public String hmacHex(String message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
