package org.parvis.core.residency.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.parvis.core.PlatformConfig;
import org.parvis.core.residency.domain.IdentityHashing;
import org.parvis.spi.problem.ProblemException;

/**
 * The instance's secret identity key ({@code parvis.identity.key} or {@code
 * PARVIS_IDENTITY_KEY}, at least 32 characters), never stored in the database or the sources.
 * Without it, verification is closed: a 503 problem rather than unkeyed hashes.
 */
@ApplicationScoped
public class InstanceIdentityKey {

  public static final String PROPERTY = "parvis.identity.key";
  private static final Logger LOG = Logger.getLogger(InstanceIdentityKey.class.getName());

  /** The text whose HMAC under the key is the key's fingerprint. */
  static final String FINGERPRINT_TEXT = "parvis identity key fingerprint v1";

  private volatile IdentityHashing hashing;
  private volatile boolean refused;

  public IdentityHashing hashing() {
    if (refused) {
      throw new ProblemException(
          503,
          "urn:parvis:problem:identity-key-mismatch",
          "Service Unavailable",
          "Residency verification is closed on this server while its configuration is checked; "
              + "please try again later or contact the operator.");
    }
    IdentityHashing current = hashing;
    if (current == null) {
      current = load().orElseThrow(() -> new ProblemException(
          503,
          "urn:parvis:problem:identity-key-missing",
          "Service Unavailable",
          "Residency verification is not configured on this instance (no identity key); "
              + "please try again later or contact the operator."));
      hashing = current;
    }
    return current;
  }

  /** The key's fingerprint (an HMAC under the key of a fixed text; it reveals nothing of the key), if a key is set. */
  public Optional<String> fingerprint() {
    return load().map(h -> h.hmacHex(FINGERPRINT_TEXT));
  }

  /** Closes verification on this node while its key is not the instance's ({@link IdentityKeyGuard}). */
  void close(boolean closed) {
    refused = closed;
  }

  private static Optional<IdentityHashing> load() {
    Optional<String> key = PlatformConfig.value(PROPERTY);
    if (key.isEmpty() || key.get().length() < 32) {
      LOG.severe("Residency verification refused: set " + PROPERTY
          + " (or PARVIS_IDENTITY_KEY) to a random secret of at least 32 characters");
      return Optional.empty();
    }
    return Optional.of(new IdentityHashing(key.get().getBytes(StandardCharsets.UTF_8)));
  }
}
