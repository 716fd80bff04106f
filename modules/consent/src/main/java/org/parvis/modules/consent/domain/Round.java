package org.parvis.modules.consent.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One version of the proposal's text and the answers it received. */
@Entity
@Table(name = "consent_round")
public class Round {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false)
  private String text;

  /** How this version answers the previous round's objections (empty for the first). */
  @Column(nullable = false, updatable = false)
  private String addresses;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  @OrderBy("answeredAt")
  private List<Answer> answers = new ArrayList<>();

  protected Round() {}

  Round(int number, String text, String addresses, Instant now) {
    this.id = UUID.randomUUID();
    this.number = number;
    this.text = text;
    this.addresses = addresses;
    this.openedAt = now;
  }

  void answer(String member, AnswerKind kind, String reason, Instant now) {
    for (Answer answer : answers) {
      if (answer.member().equals(member)) {
        answer.change(kind, reason, now);
        return;
      }
    }
    answers.add(new Answer(member, kind, reason, now));
  }

  long count(AnswerKind kind) {
    return answers.stream().filter(a -> a.kind() == kind).count();
  }

  public int number() { return number; }
  public String text() { return text; }
  public String addresses() { return addresses; }
  public List<Answer> answers() { return List.copyOf(answers); }
}
