package org.parvis.core.identity.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.parvis.spi.security.TenantRole;

/**
 * A person invited by e-mail to hold {@code roles} in a tenant; pending until {@code acceptedAt}, when the account
 * ({@code subject}) first signs in to that tenant.
 */
public record Invitation(UUID id, String email, String subject, Set<TenantRole> roles, boolean newAccount,
    Instant invitedAt, Instant lastSentAt, int timesSent, Instant acceptedAt) {

  public boolean pending() {
    return acceptedAt == null;
  }
}
