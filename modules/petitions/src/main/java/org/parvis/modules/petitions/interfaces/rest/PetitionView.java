package org.parvis.modules.petitions.interfaces.rest;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.petitions.application.PetitionReading.Counts;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionStatus;

/** A petition as the API shows it, with its live counts; instants and dates in ISO 8601. */
public record PetitionView(
    UUID id,
    String title,
    String body,
    PetitionStatus status,
    Long threshold,
    long signatures,
    long onlineSignatures,
    long paperSignatures,
    long cosigners,
    String opensAt,
    String closesAt,
    String rejectionReason,
    String referredAt,
    String councilMeetingDate,
    String answer,
    CouncilDecision decision,
    UUID mergedInto) {

  static PetitionView of(Petition p, Counts counts) {
    return new PetitionView(
        p.id(), p.title(), p.body(), p.statusAt(Instant.now()), p.threshold().orElse(null),
        counts.signatures(), counts.online(), counts.paper(), counts.cosigners(),
        iso(p.opensAt()), iso(p.closesAt()), p.rejectionReason().orElse(null),
        iso(p.referredAt()), iso(p.councilMeetingDate()),
        p.answer().orElse(null), p.decision().orElse(null), p.mergedInto().orElse(null));
  }

  private static String iso(Optional<?> temporal) {
    return temporal.map(Object::toString).orElse(null);
  }
}
