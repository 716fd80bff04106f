package org.parvis.modules.consent.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A decision proposed to a circle (aggregate root). Members answer the current round before the
 * deadline; an objection (always with its reason) blocks adoption until the proposer amends the
 * proposal, which opens a new round saying how it addresses the objections. The proposer adopts
 * it once the current round has at least one consent and no objection. Every round and answer is
 * kept: the record of the decision.
 */
@Entity
@Table(name = "consent_proposal")
public class ConsentProposal {

  /** Where the proposal stands. */
  public enum Status { OPEN, ADOPTED, WITHDRAWN }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String circle;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String proposer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private Instant deadline;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
  @OrderBy("number")
  private List<Round> rounds = new ArrayList<>();

  @Version private long version;

  protected ConsentProposal() {}

  public ConsentProposal(String circle, String title, String text, String proposer, Instant deadline, Instant now) {
    if (!deadline.isAfter(now)) {
      throw new ConsentException("the deadline must be in the future");
    }
    this.id = UUID.randomUUID();
    this.circle = Objects.requireNonNull(circle);
    this.title = Objects.requireNonNull(title);
    this.proposer = Objects.requireNonNull(proposer);
    this.status = Status.OPEN;
    this.deadline = deadline;
    this.createdAt = now;
    rounds.add(new Round(1, text, "", now));
  }

  public void answer(String member, AnswerKind kind, String reason, Instant now) {
    requireOpen();
    if (!now.isBefore(deadline)) {
      throw new ConsentException("the deadline to answer has passed");
    }
    current().answer(member, kind, reason, now);
  }

  /** A new version of the text, saying how it addresses the current round's objections. */
  public void amend(String by, String text, String addresses, Instant newDeadline, Instant now) {
    requireOpen();
    requireProposer(by);
    if (current().count(AnswerKind.OBJECTION) == 0) {
      throw new ConsentException("there is no objection to address");
    }
    if (addresses == null || addresses.isBlank()) {
      throw new ConsentException("say how the amendment addresses the objections");
    }
    if (!newDeadline.isAfter(now)) {
      throw new ConsentException("the deadline must be in the future");
    }
    rounds.add(new Round(current().number() + 1, text, addresses, now));
    this.deadline = newDeadline;
  }

  public void adopt(String by, Instant now) {
    requireOpen();
    requireProposer(by);
    if (current().count(AnswerKind.OBJECTION) > 0) {
      throw new ConsentException("objections remain: amend the proposal to address them");
    }
    if (current().count(AnswerKind.CONSENT) == 0) {
      throw new ConsentException("nobody has consented yet");
    }
    status = Status.ADOPTED;
    decidedAt = now;
  }

  public Round current() {
    return rounds.get(rounds.size() - 1);
  }

  private void requireOpen() {
    if (status != Status.OPEN) {
      throw new ConsentException("this proposal is " + status);
    }
  }

  private void requireProposer(String by) {
    if (!proposer.equals(by)) {
      throw new ConsentException("only the proposer can do this");
    }
  }

  public UUID id() { return id; }
  public String circle() { return circle; }
  public String title() { return title; }
  public String proposer() { return proposer; }
  public Status status() { return status; }
  public Instant deadline() { return deadline; }
  public Instant decidedAt() { return decidedAt; }
  public List<Round> rounds() { return List.copyOf(rounds); }
}
