package org.parvis.core.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's invitations (row-level security keeps them to it). */
public interface InvitationRepository {

  /** Records an invitation, or renews the one already sent to the same address (roles, account, sending). */
  Invitation save(String email, String subject, String roles, boolean newAccount, Instant now);

  Optional<Invitation> byId(UUID id);

  List<Invitation> all();

  void sentAgain(UUID id, Instant now);

  /** Marks {@code subject}'s pending invitations accepted; how many were. */
  int accepted(String subject, Instant now);
}
