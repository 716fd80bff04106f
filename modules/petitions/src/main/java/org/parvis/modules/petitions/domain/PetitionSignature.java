package org.parvis.modules.petitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One person's signature of a petition, online or on paper. {@code personKey} stands for the
 * person in both channels (see {@code PersonKeys}); a petition holds at most one per key.
 */
@Entity
@Table(name = "petition_signature")
public class PetitionSignature {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "petition_id", nullable = false, updatable = false)
  private UUID petitionId;

  @Column(name = "person_key", nullable = false, updatable = false)
  private String personKey;

  @Column(name = "resident_id", updatable = false)
  private UUID residentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SignatureChannel channel;

  @Column(name = "batch_id", updatable = false)
  private UUID batchId;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  protected PetitionSignature() {}

  private PetitionSignature(UUID petitionId, String personKey, UUID residentId,
      SignatureChannel channel, UUID batchId) {
    this.id = UUID.randomUUID();
    this.petitionId = Objects.requireNonNull(petitionId);
    this.personKey = Objects.requireNonNull(personKey);
    this.residentId = residentId;
    this.channel = channel;
    this.batchId = batchId;
    this.signedAt = Instant.now();
  }

  public static PetitionSignature online(UUID petitionId, String personKey, UUID residentId) {
    return new PetitionSignature(petitionId, personKey, Objects.requireNonNull(residentId),
        SignatureChannel.ONLINE, null);
  }

  public static PetitionSignature paper(UUID petitionId, String personKey, UUID batchId) {
    return new PetitionSignature(petitionId, personKey, null, SignatureChannel.PAPER,
        Objects.requireNonNull(batchId));
  }

  public String personKey() {
    return personKey;
  }

  public SignatureChannel channel() {
    return channel;
  }
}
