package org.parvis.modules.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An elected official of the tenant's directory: name, function, delegations and term, and, when they answer online,
 * the account they sign in with.
 */
@Entity
@Table(name = "questions_official")
public class ElectedOfficial {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OfficialFunction function;

  @Column(nullable = false)
  private String delegations;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end")
  private LocalDate termEnd;

  @Column(name = "account_subject")
  private String accountSubject;

  protected ElectedOfficial() {}

  public ElectedOfficial(String name, OfficialFunction function, String delegations, LocalDate termStart,
      LocalDate termEnd) {
    this.id = UUID.randomUUID();
    describe(name, function, delegations, termStart, termEnd);
  }

  /** Changes what the directory says of the official. */
  public void describe(String name, OfficialFunction function, String delegations, LocalDate termStart,
      LocalDate termEnd) {
    if (name == null || name.isBlank()) {
      throw new QuestionStateException("an official has a name");
    }
    Objects.requireNonNull(termStart, "termStart");
    if (termEnd != null && termEnd.isBefore(termStart)) {
      throw new QuestionStateException("a term ends after it starts");
    }
    this.name = name.strip();
    this.function = Objects.requireNonNull(function, "function");
    this.delegations = delegations == null ? "" : delegations.strip();
    this.termStart = termStart;
    this.termEnd = termEnd;
  }

  /** Links the account the official answers with, or unlinks it ({@code null}). */
  public void linkAccount(String subject) {
    this.accountSubject = subject == null || subject.isBlank() ? null : subject;
  }

  /** Whether the official is in office on {@code day}: residents can only address those. */
  public boolean inOffice(LocalDate day) {
    return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
  }

  public UUID id() { return id; }
  public String name() { return name; }
  public OfficialFunction function() { return function; }
  public String delegations() { return delegations; }
  public LocalDate termStart() { return termStart; }
  public Optional<LocalDate> termEnd() { return Optional.ofNullable(termEnd); }
  public Optional<String> accountSubject() { return Optional.ofNullable(accountSubject); }
}
