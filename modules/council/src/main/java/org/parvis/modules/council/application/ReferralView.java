package org.parvis.modules.council.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilReferral;

/** A referral with its documents (served by the platform at {@code /files/{id}}). */
public record ReferralView(UUID id, String origin, String title, String question, LocalDate deadline,
    String status, UUID proposedBy, List<UUID> documents, Instant receivedAt) {
  static ReferralView of(CouncilReferral r) {
    return new ReferralView(r.id(), r.origin().name(), r.title(), r.question(), r.deadline(),
        r.status().name(), r.proposedBy(), r.documents(), r.receivedAt());
  }
}
