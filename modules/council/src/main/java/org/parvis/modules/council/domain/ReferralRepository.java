package org.parvis.modules.council.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Referrals and self-referrals. */
public interface ReferralRepository {
  Optional<CouncilReferral> find(UUID id);

  Optional<CouncilReferral> lock(UUID id);

  List<CouncilReferral> all();

  void add(CouncilReferral referral);
}
