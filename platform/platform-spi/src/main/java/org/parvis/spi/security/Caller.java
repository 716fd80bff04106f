package org.parvis.spi.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is making the current request, as far as the platform knows. Injectable. */
public interface Caller {

  /** The identity provider's stable subject id, empty for anonymous requests. */
  Optional<String> subject();

  /** Roles held in the request's tenant (empty on the platform host or for anonymous callers). */
  Set<TenantRole> tenantRoles();

  boolean isOperator();

  /** Whether the caller's membership in the request's tenant has been verified. */
  boolean isVerifiedResident();

  /**
   * A stable, opaque id of the verified person in the request's tenant, the same whichever
   * account they use; empty unless {@link #isVerifiedResident()}. Modules key "once per person"
   * rules (one vote, one signature) on it.
   */
  default Optional<UUID> verifiedResidentId() {
    return Optional.empty();
  }

  /**
   * The verified person's district of residence in the request's tenant, as the tenant names its
   * districts (from its census, a verification code or staff approval); empty when the caller is
   * not verified or their verification established no district. Modules with district rules (a
   * participatory budget's district envelopes) restrict those who have one.
   */
  default Optional<String> verifiedResidentDistrict() {
    return Optional.empty();
  }

  /**
   * The email address that the identity provider has verified for the caller, empty if none.
   * Modules that notify people by email keep the address they had when they acted (a signature, a
   * registration), with the person's consent, and delete it with the record.
   */
  default Optional<String> email() {
    return Optional.empty();
  }
}
