package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.residency.domain.IdentityHashing;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.domain.VerificationCode;
import org.parvis.core.residency.infrastructure.crypto.InstanceIdentityKey;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Issues one-time verification codes for named people, to be sent by letter or email. The codes
 * are returned once and stored only as keyed hashes.
 */
@ApplicationScoped
@Transactional
public class CodeIssuance {

  /** No 0/O, 1/I/L: codes are typed from paper. */
  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ResidencyRepository residency;
  @Inject InstanceIdentityKey key;
  @Inject CurrentTenant tenant;
  @Inject ResidencyPolicies policies;

  /** A code as handed to its recipient. */
  public record IssuedCode(PersonIdentity identity, String code, Instant expiresAt) {}

  /**
   * Codes for these people (a code carries no birth date, so the tenant's minimum age is checked here, when it is
   * issued), valid {@code validDays}, verifying them in {@code district} if any.
   */
  public List<IssuedCode> issue(List<PersonIdentity> identities, int validDays,
      Optional<String> district) {
    identities.forEach(identity -> policies.requireOldEnough(identity.birthDate()));
    IdentityHashing hashing = key.hashing();
    UUID tenantId = tenant.require().id();
    Instant expiresAt = Instant.now().plus(Duration.ofDays(validDays));
    return identities.stream()
        .map(identity -> {
          String code = newCode();
          residency.add(new VerificationCode(
              hashing.codeHash(tenantId, code),
              hashing.identityHash(tenantId, identity),
              expiresAt,
              district.orElse(null)));
          return new IssuedCode(identity, code, expiresAt);
        })
        .toList();
  }

  /** {@code XXXX-XXXX-XXXX}: about 59 random bits. */
  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }
}
