package org.parvis.modules.council.application;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilReferral;

/** A referral with its documents (served by the platform at {@code /files/{id}}). */
public record ReferralView(UUID id, String origin, String title, String question, String deadline,
    String status, UUID proposedBy, List<UUID> documents, String receivedAt) {
  static ReferralView of(CouncilReferral r) {
    return new ReferralView(r.id(), r.origin().name(), r.title(), r.question(), r.deadline().toString(),
        r.status().name(), r.proposedBy(), r.documents(), r.receivedAt().toString());
  }
}
