package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.parvis.majorityjudgment.MeritProfile;


/**
 * A proposal of the panel: drafted by a member, voted by approval among the seated members, and
 * adopted when the approvals reach the threshold (a share of the seated members, fixed when the
 * vote opens); the commune then publishes its response and the follow-up.
 */
@Entity(name = "ConventionProposal")
@Table(name = "convention_proposal")
public class Proposal {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "convention_id", nullable = false, updatable = false)
  private UUID conventionId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "author_volunteer_id", nullable = false, updatable = false)
  private UUID authorVolunteerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalStatus status;

  @Column(name = "threshold_percent")
  private Integer thresholdPercent;

  @Column(name = "seated_at_vote")
  private Integer seatedAtVote;

  private Long approvals;

  @Enumerated(EnumType.STRING)
  @Column(name = "voting_method", nullable = false)
  private VotingMethod method = VotingMethod.APPROVAL;

  @Enumerated(EnumType.STRING)
  @Column(name = "minimum_grade")
  private Grade minimumGrade;

  @Enumerated(EnumType.STRING)
  @Column(name = "majority_grade")
  private Grade majorityGrade;

  /** The merit profile when a judgment closed: the number of each grade, worst first. */
  @Column(name = "merit_profile")
  private String meritProfile;

  private String response;

  @Column(name = "follow_up")
  private String followUp;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Proposal() {}

  public Proposal(UUID conventionId, String title, String body, UUID authorVolunteerId) {
    this.id = UUID.randomUUID();
    this.conventionId = Objects.requireNonNull(conventionId);
    this.title = Objects.requireNonNull(title);
    this.body = Objects.requireNonNull(body);
    this.authorVolunteerId = Objects.requireNonNull(authorVolunteerId);
    this.status = ProposalStatus.DRAFT;
    this.createdAt = Instant.now();
  }

  /** Opens the vote: adopted if at least {@code thresholdPercent}% of {@code seated} approve. */
  public void openVote(int thresholdPercent, int seated) {
    require(ProposalStatus.DRAFT);
    if (thresholdPercent < 1 || thresholdPercent > 100) {
      throw new IllegalArgumentException("The threshold is a percentage between 1 and 100");
    }
    this.thresholdPercent = thresholdPercent;
    this.seatedAtVote = seated;
    this.method = VotingMethod.APPROVAL;
    status = ProposalStatus.VOTING;
  }

  /**
   * Opens a majority judgment: adopted if the majority grade of the {@code seated} members
   * (those who do not vote counting as {@link Grade#REJECT}) is at least {@code minimum}.
   */
  public void openJudgment(Grade minimum, int seated) {
    require(ProposalStatus.DRAFT);
    this.minimumGrade = Objects.requireNonNull(minimum);
    this.seatedAtVote = seated;
    this.method = VotingMethod.MAJORITY_JUDGMENT;
    status = ProposalStatus.VOTING;
  }

  /**
   * Closes a majority judgment with the members' grades.
   *
   * @param votes how many members gave each grade (indexed by {@link Grade#ordinal()})
   */
  public void closeJudgment(long[] votes) {
    require(ProposalStatus.VOTING);
    if (method != VotingMethod.MAJORITY_JUDGMENT) {
      throw new ConventionStateException("This proposal is voted by approval");
    }
    long[] counts = profile(votes, seatedAtVote);
    this.majorityGrade = majorityGrade(counts).orElse(Grade.REJECT);
    this.meritProfile = Arrays.stream(counts).mapToObj(Long::toString)
        .collect(Collectors.joining(","));
    status = majorityGrade.compareTo(minimumGrade) >= 0
        ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED;
  }

  /** The merit profile of a judgment: the grades given, plus one REJECT per seat that did not vote. */
  public static long[] profile(long[] votes, int seated) {
    if (votes.length != Grade.values().length) {
      throw new IllegalArgumentException("One count per grade is needed");
    }
    long[] counts = votes.clone();
    long voted = Arrays.stream(counts).sum();
    counts[Grade.REJECT.ordinal()] += Math.max(0, seated - voted);
    return counts;
  }

  /** The majority (lower median) grade of a merit profile; empty when it counts nobody. */
  public static Optional<Grade> majorityGrade(long[] countsWorstFirst) {
    return new MeritProfile(countsWorstFirst).majorityGrade()
        .map(g -> Grade.values()[g]);
  }

  public void requireVoting() {
    require(ProposalStatus.VOTING);
  }

  /** Closes the vote with the count of approvals. */
  public void closeVote(long approvals) {
    require(ProposalStatus.VOTING);
    if (method != VotingMethod.APPROVAL) {
      throw new ConventionStateException("This proposal is voted by majority judgment");
    }
    this.approvals = approvals;
    status = adopted(approvals, seatedAtVote, thresholdPercent)
        ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED;
  }

  /** Whether {@code approvals} out of {@code seated} reach {@code thresholdPercent}%. */
  public static boolean adopted(long approvals, int seated, int thresholdPercent) {
    return seated > 0 && approvals * 100 >= (long) thresholdPercent * seated;
  }

  /** The commune's public response and follow-up, once the vote is over. */
  public void respond(String response, String followUp) {
    if (status != ProposalStatus.ADOPTED && status != ProposalStatus.REJECTED) {
      throw new ConventionStateException("The commune responds once the members have voted");
    }
    this.response = Objects.requireNonNull(response);
    this.followUp = followUp;
    this.respondedAt = Instant.now();
  }

  private void require(ProposalStatus expected) {
    if (status != expected) {
      throw new ConventionStateException("The proposal is " + status + ", not " + expected);
    }
  }

  public UUID id() {
    return id;
  }

  public UUID conventionId() {
    return conventionId;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public UUID authorVolunteerId() {
    return authorVolunteerId;
  }

  public ProposalStatus status() {
    return status;
  }

  public Optional<Integer> thresholdPercent() {
    return Optional.ofNullable(thresholdPercent);
  }

  public Optional<Long> approvals() {
    return Optional.ofNullable(approvals);
  }

  public Optional<Integer> seatedAtVote() {
    return Optional.ofNullable(seatedAtVote);
  }

  public VotingMethod method() {
    return method;
  }

  public Optional<Grade> minimumGrade() {
    return Optional.ofNullable(minimumGrade);
  }

  public Optional<Grade> majorityGrade() {
    return Optional.ofNullable(majorityGrade);
  }

  /** The closed judgment's merit profile, worst grade first. */
  public Optional<List<Long>> meritProfile() {
    return Optional.ofNullable(meritProfile)
        .map(p -> Arrays.stream(p.split(",")).map(Long::valueOf).toList());
  }

  public Optional<String> response() {
    return Optional.ofNullable(response);
  }

  public Optional<String> followUp() {
    return Optional.ofNullable(followUp);
  }
}
