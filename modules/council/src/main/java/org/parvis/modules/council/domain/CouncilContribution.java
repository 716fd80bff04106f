package org.parvis.modules.council.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A contribution (avis) of the council (aggregate root). Members draft it together in sections:
 * the pen holder (who opened it) or a facilitator writes, others comment and propose amendments
 * that the pen holder accepts or rejects. It is then put to the vote under the charter's adoption
 * rule as it stands when the vote opens; only sitting members of voting colleges vote, once each
 * (voting again replaces the vote). Once adopted it is published with its result, sent to the
 * intercommunality, and followed by the official response and what it changed.
 */
@Entity
@Table(name = "council_contribution")
public class CouncilContribution {

  /** The life of a contribution. */
  public enum Status { DRAFTING, VOTING, ADOPTED, REJECTED, PUBLISHED, SENT, ANSWERED }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "referral_id", updatable = false)
  private UUID referralId;

  @Column(nullable = false)
  private String title;

  @Column(name = "pen_holder_id", nullable = false, updatable = false)
  private UUID penHolderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Embedded
  private AdoptionRule rule;

  @Convert(converter = UuidListConverter.class)
  @Column(name = "voting_colleges", nullable = false)
  private List<UUID> votingColleges = new ArrayList<>();

  @Column(name = "votes_yes")
  private Integer votesYes;

  @Column(name = "votes_no")
  private Integer votesNo;

  @Column(name = "votes_neutral")
  private Integer votesNeutral;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "response_changes")
  private String responseChanges;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @JoinColumn(name = "contribution_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<CouncilSection> sections = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @JoinColumn(name = "contribution_id", nullable = false, updatable = false)
  @OrderBy("writtenAt")
  private List<CouncilComment> comments = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @JoinColumn(name = "contribution_id", nullable = false, updatable = false)
  @OrderBy("proposedAt")
  private List<CouncilAmendment> amendments = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @JoinColumn(name = "contribution_id", nullable = false, updatable = false)
  @OrderBy("castAt")
  private List<CouncilVote> votes = new ArrayList<>();

  @Version private long version;

  protected CouncilContribution() {}

  public CouncilContribution(String title, CouncilReferral referral, CouncilMember penHolder,
      LocalDate today, Instant now) {
    requireSitting(penHolder, today);
    if (referral != null && !referral.open()) {
      throw new CouncilException("refusal.contribution.referral.notOpen");
    }
    this.id = UUID.randomUUID();
    this.title = title;
    this.referralId = referral == null ? null : referral.id();
    this.penHolderId = penHolder.id();
    this.status = Status.DRAFTING;
    this.createdAt = now;
  }

  public CouncilSection addSection(CouncilMember by, String heading, String text, LocalDate today) {
    requireDrafting();
    requirePen(by, today);
    CouncilSection section = new CouncilSection(sections.size() + 1, heading, text);
    sections.add(section);
    return section;
  }

  public void rewriteSection(CouncilMember by, UUID sectionId, String text, LocalDate today) {
    requireDrafting();
    requirePen(by, today);
    section(sectionId).rewrite(text);
  }

  public CouncilComment comment(CouncilMember by, UUID sectionId, String text, LocalDate today, Instant now) {
    requireDrafting();
    requireSitting(by, today);
    CouncilComment comment = new CouncilComment(section(sectionId).id(), by.id(), text, now);
    comments.add(comment);
    return comment;
  }

  public CouncilAmendment proposeAmendment(CouncilMember by, UUID sectionId, String text,
      String reason, LocalDate today, Instant now) {
    requireDrafting();
    requireSitting(by, today);
    CouncilAmendment amendment =
        new CouncilAmendment(section(sectionId).id(), by.id(), text, reason, now);
    amendments.add(amendment);
    return amendment;
  }

  /** The pen holder accepts an amendment (its text replaces the section's) or rejects it. */
  public void decideAmendment(CouncilMember by, UUID amendmentId, boolean accept, LocalDate today) {
    requireDrafting();
    requirePen(by, today);
    CouncilAmendment amendment = amendments.stream().filter(a -> a.id().equals(amendmentId))
        .findFirst().orElseThrow(() -> new CouncilException("refusal.amendment.unknown"));
    amendment.decide(accept);
    if (accept) {
      section(amendment.sectionId()).rewrite(amendment.proposedText());
    }
  }

  /** Puts the text to the vote under the council's current rule. */
  public void openVote(CouncilMember by, Council council, LocalDate today) {
    requireDrafting();
    requirePen(by, today);
    if (sections.isEmpty()) {
      throw new CouncilException("refusal.vote.noSection");
    }
    if (amendments.stream().anyMatch(a -> a.status() == CouncilAmendment.Status.PROPOSED)) {
      throw new CouncilException("refusal.vote.amendmentsPending");
    }
    if (council.votingColleges().isEmpty()) {
      throw new CouncilException("refusal.vote.noVotingCollege");
    }
    this.rule = council.adoptionRule().copy();
    this.votingColleges = new ArrayList<>(council.votingColleges().stream()
        .map(AdoptionRule.CollegeRef::id).toList());
    this.status = Status.VOTING;
  }

  /** A member's vote; a second vote replaces the first. */
  public void vote(CouncilMember member, VoteChoice choice, LocalDate today, Instant now) {
    if (status != Status.VOTING) {
      throw new CouncilException("refusal.vote.notOpen");
    }
    if (!member.sitsOn(today)) {
      throw new CouncilException("refusal.vote.notSitting");
    }
    if (!votingColleges.contains(member.collegeId())) {
      throw new CouncilException("refusal.vote.collegeObserver");
    }
    if (!rule.accepts(choice)) {
      throw new CouncilException("refusal.vote.wrongChoice");
    }
    votes.stream().filter(v -> v.memberId().equals(member.id())).findFirst().ifPresentOrElse(
        v -> v.change(choice, now),
        () -> votes.add(new CouncilVote(member.id(), member.collegeId(), choice, now)));
  }

  /** Closes the vote: adopted or rejected as the rule says. */
  public AdoptionResult closeVote(CouncilMember by, Council council, LocalDate today, Instant now) {
    if (status != Status.VOTING) {
      throw new CouncilException("refusal.vote.notOpen");
    }
    requirePen(by, today);
    AdoptionResult result = result(council);
    this.votesYes = result.overall().yes();
    this.votesNo = result.overall().no();
    this.votesNeutral = result.overall().neutral();
    this.status = result.adopted() ? Status.ADOPTED : Status.REJECTED;
    this.decidedAt = now;
    return result;
  }

  /** The count of the votes under the rule the vote was opened with. */
  public AdoptionResult result(Council council) {
    if (rule == null) {
      throw new CouncilException("refusal.vote.notOpened");
    }
    List<AdoptionRule.CollegeRef> colleges = votingColleges.stream()
        .map(id -> council.colleges().stream().filter(c -> c.id().equals(id)).findFirst()
            .map(c -> new AdoptionRule.CollegeRef(id, c.name()))
            .orElse(new AdoptionRule.CollegeRef(id, id.toString())))
        .toList();
    return rule.tally(votes.stream().map(CouncilVote::ballot).toList(), colleges);
  }

  public void publish(Instant now) {
    if (status != Status.ADOPTED) {
      throw new CouncilException("refusal.contribution.publish.notAdopted");
    }
    status = Status.PUBLISHED;
    publishedAt = now;
  }

  /** The contribution went to the intercommunality; its referral is answered. */
  public void markSent(CouncilReferral referral, Instant now) {
    if (status != Status.PUBLISHED) {
      throw new CouncilException("refusal.contribution.send.notPublished");
    }
    status = Status.SENT;
    sentAt = now;
    if (referral != null) {
      referral.answered();
    }
  }

  /** The intercommunality's official response, and what it changed in its project. */
  public void recordResponse(String response, String changes, Instant now) {
    if (status != Status.SENT && status != Status.ANSWERED) {
      throw new CouncilException("refusal.contribution.response.notSent");
    }
    status = Status.ANSWERED;
    responseText = Objects.requireNonNull(response);
    responseChanges = changes == null ? "" : changes;
    answeredAt = now;
  }

  /** Whether the council adopted it (whatever happened next). */
  public boolean adopted() {
    return status == Status.ADOPTED || status == Status.PUBLISHED || status == Status.SENT
        || status == Status.ANSWERED;
  }

  private CouncilSection section(UUID sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst()
        .orElseThrow(() -> new CouncilException("refusal.section.unknown"));
  }

  private void requireDrafting() {
    if (status != Status.DRAFTING) {
      throw new CouncilException("refusal.contribution.fixed");
    }
  }

  private void requirePen(CouncilMember by, LocalDate today) {
    requireSitting(by, today);
    if (!by.id().equals(penHolderId) && !by.facilitates()) {
      throw new CouncilException("refusal.contribution.notPen");
    }
  }

  private static void requireSitting(CouncilMember member, LocalDate today) {
    if (!member.sitsOn(today)) {
      throw new CouncilException("refusal.contribution.notSitting");
    }
  }

  public UUID id() { return id; }
  public UUID referralId() { return referralId; }
  public String title() { return title; }
  public UUID penHolderId() { return penHolderId; }
  public Status status() { return status; }
  public AdoptionRule rule() { return rule; }
  public Instant createdAt() { return createdAt; }
  public Instant decidedAt() { return decidedAt; }
  public Instant publishedAt() { return publishedAt; }
  public Instant sentAt() { return sentAt; }
  public String responseText() { return responseText; }
  public String responseChanges() { return responseChanges; }
  public Instant answeredAt() { return answeredAt; }
  public List<CouncilSection> sections() { return List.copyOf(sections); }
  public List<CouncilComment> comments() { return List.copyOf(comments); }
  public List<CouncilAmendment> amendments() { return List.copyOf(amendments); }
  public List<CouncilVote> votes() { return List.copyOf(votes); }
}
