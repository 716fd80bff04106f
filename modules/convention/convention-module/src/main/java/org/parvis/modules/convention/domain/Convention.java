package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A citizens' convention (or a standing council drawn by lot) of one tenant: its mandate, its
 * calendar, the panel size and quotas, and the state of its public draw.
 *
 * <p>The draw is a ceremony in fixed order, enforced here: recruitment opens; the pool is frozen
 * and its hash published; the M equally likely panels are published; the public seed picks one,
 * whose members are seated. What was published is never changed afterwards, so anyone can check
 * the draw with the sortition library's command line.
 */
@Entity(name = "Convention")
@Table(name = "convention_convention")
public class Convention {

  /** Number of equally likely panels of the lottery unless set otherwise. */
  public static final int DEFAULT_LOTTERY_SIZE = 1000;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String mandate;

  @Column(name = "recruitment_opens")
  private LocalDate recruitmentOpens;

  @Column(name = "recruitment_closes")
  private LocalDate recruitmentCloses;

  @Column(name = "draw_date")
  private LocalDate drawDate;

  @Column(name = "panel_size", nullable = false)
  private int panelSize;

  @Column(nullable = false)
  private String quotas;

  @Column(name = "open_to_all", nullable = false)
  private boolean openToAll;

  @Column(name = "lottery_size", nullable = false)
  private int lotterySize;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConventionStatus status;

  @Column(name = "pool_hash")
  private String poolHash;

  @Column(name = "lottery_hash")
  private String lotteryHash;

  @Column(name = "lottery")
  private String lottery;

  @Column(name = "lottery_max_deviation")
  private Double lotteryMaxDeviation;

  private String seed;

  @Column(name = "drawn_index")
  private Integer drawnIndex;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Convention() {}

  public Convention(String title, String mandate, int panelSize, QuotaPlan quotas,
      boolean openToAll) {
    this.id = UUID.randomUUID();
    this.status = ConventionStatus.DRAFT;
    this.lotterySize = DEFAULT_LOTTERY_SIZE;
    this.createdAt = Instant.now();
    describe(title, mandate, openToAll);
    resize(panelSize, quotas);
  }

  public void describe(String title, String mandate, boolean openToAll) {
    this.title = Objects.requireNonNull(title);
    this.mandate = Objects.requireNonNull(mandate);
    this.openToAll = openToAll;
  }

  /**
   * Sets the calendar.
   *
   * @throws IllegalArgumentException when the dates are out of order (recruitment opens, closes,
   *     then the draw)
   */
  public void schedule(LocalDate opens, LocalDate closes, LocalDate draw) {
    if (opens != null && closes != null && closes.isBefore(opens)) {
      throw new IllegalArgumentException("Recruitment closes before it opens");
    }
    if (closes != null && draw != null && draw.isBefore(closes)) {
      throw new IllegalArgumentException("The draw comes before recruitment closes");
    }
    this.recruitmentOpens = opens;
    this.recruitmentCloses = closes;
    this.drawDate = draw;
  }

  /**
   * Changes the panel size and quotas. Before recruitment anything may change; once volunteers
   * have answered the questions, only the bands may (same categories and values), until the
   * panels are published. Changing them after the freeze changes the pool hash.
   */
  public void resize(int panelSize, QuotaPlan plan) {
    if (panelSize < 1) {
      throw new IllegalArgumentException("The panel needs at least one member");
    }
    plan.requireFits(panelSize);
    if (status.compareTo(ConventionStatus.FROZEN) > 0) {
      throw new ConventionStateException("The quotas are published and can no longer change");
    }
    if (status != ConventionStatus.DRAFT && !sameQuestions(quotas(), plan)) {
      throw new ConventionStateException(
          "Volunteers have answered these questions: only the min/max bands may change now");
    }
    this.panelSize = panelSize;
    this.quotas = plan.serialize();
    this.poolHash = null;
  }

  private static boolean sameQuestions(QuotaPlan a, QuotaPlan b) {
    List<String> x = a.bands().stream().map(q -> q.category() + "\t" + q.value()).toList();
    List<String> y = b.bands().stream().map(q -> q.category() + "\t" + q.value()).toList();
    return x.equals(y);
  }

  public void setLotterySize(int m) {
    requireStatus(ConventionStatus.DRAFT, ConventionStatus.RECRUITING, ConventionStatus.FROZEN);
    if (m < 1 || m > 10_000) {
      throw new IllegalArgumentException("The lottery has 1 to 10,000 panels");
    }
    this.lotterySize = m;
  }

  public void openRecruitment() {
    requireStatus(ConventionStatus.DRAFT);
    status = ConventionStatus.RECRUITING;
  }

  /** Closes the pool; {@code poolHash} is the hash of the problem built from it. */
  public void freeze(String poolHash) {
    requireStatus(ConventionStatus.RECRUITING);
    status = ConventionStatus.FROZEN;
    this.poolHash = Objects.requireNonNull(poolHash);
  }

  /** A new pool hash after the bands changed while frozen (e.g. a relaxation was applied). */
  public void rehash(String poolHash) {
    requireStatus(ConventionStatus.FROZEN);
    this.poolHash = Objects.requireNonNull(poolHash);
  }

  /** Publishes the lottery computed for the frozen pool. */
  public void publish(PublishedLottery lottery, double maxDeviation) {
    requireStatus(ConventionStatus.FROZEN);
    if (!lottery.poolHash().equals(poolHash)) {
      throw new ConventionStateException("This lottery was computed for another pool");
    }
    if (lottery.size() != lotterySize) {
      throw new ConventionStateException("This lottery has " + lottery.size() + " panels, not "
          + lotterySize);
    }
    this.lottery = lottery.text();
    this.lotteryHash = lottery.hash();
    this.lotteryMaxDeviation = maxDeviation;
    status = ConventionStatus.PUBLISHED;
  }

  /** Draws the panel from the public seed; returns the ids of its members as published. */
  public List<String> draw(String seed) {
    requireStatus(ConventionStatus.PUBLISHED);
    if (seed == null || seed.isBlank()) {
      throw new IllegalArgumentException("The seed cannot be blank");
    }
    PublishedLottery published = new PublishedLottery(lottery);
    this.seed = seed.strip();
    this.drawnIndex = published.drawIndex(this.seed);
    status = ConventionStatus.SEATED;
    return published.panel(drawnIndex);
  }

  /** Ends the mandate: the caller erases the volunteers' personal data in the same transaction. */
  public void end() {
    requireStatus(ConventionStatus.SEATED);
    status = ConventionStatus.ENDED;
  }

  public void requireStatus(ConventionStatus... allowed) {
    for (ConventionStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new ConventionStateException(
        "Not possible while the convention is " + status + " (needs " + List.of(allowed) + ")");
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String mandate() {
    return mandate;
  }

  public Optional<LocalDate> recruitmentOpens() {
    return Optional.ofNullable(recruitmentOpens);
  }

  public Optional<LocalDate> recruitmentCloses() {
    return Optional.ofNullable(recruitmentCloses);
  }

  public Optional<LocalDate> drawDate() {
    return Optional.ofNullable(drawDate);
  }

  public int panelSize() {
    return panelSize;
  }

  public QuotaPlan quotas() {
    return QuotaPlan.parse(quotas);
  }

  public boolean openToAll() {
    return openToAll;
  }

  public int lotterySize() {
    return lotterySize;
  }

  public ConventionStatus status() {
    return status;
  }

  public Optional<String> poolHash() {
    return Optional.ofNullable(poolHash);
  }

  public Optional<String> lotteryHash() {
    return Optional.ofNullable(lotteryHash);
  }

  public Optional<PublishedLottery> lottery() {
    return Optional.ofNullable(lottery).map(PublishedLottery::new);
  }

  public Optional<Double> lotteryMaxDeviation() {
    return Optional.ofNullable(lotteryMaxDeviation);
  }

  public Optional<String> seed() {
    return Optional.ofNullable(seed);
  }

  public Optional<Integer> drawnIndex() {
    return Optional.ofNullable(drawnIndex);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
