package org.parvis.modules.worksites.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A dated slot of a worksite with a capacity in places (aggregate root with its registrations).
 *
 * <p>A registration takes one place for the person and one per companion. It is confirmed when
 * its places are free and nobody is waiting; otherwise it joins the waiting list. When places free
 * up (a cancellation), the waiting list is served in arrival order, strictly: the first waiting
 * registration is confirmed if all its places are free, then the next, and the first one that does
 * not fit stops the promotion, so that a large group is not overtaken forever by single people.
 *
 * <p>The application locks the shift's row before calling any changing method, so that the
 * capacity and the promotions are decided one transaction at a time.
 */
@Entity(name = "WorksiteShift")
@Table(name = "worksite_shift")
public class Shift {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "worksite_id", nullable = false, updatable = false)
  private UUID worksiteId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "next_position", nullable = false)
  private long nextPosition;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "shift_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<ShiftRegistration> registrations = new ArrayList<>();

  @Version private long version;

  protected Shift() {}

  public Shift(UUID worksiteId, Instant startsAt, Instant endsAt, int capacity) {
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw new WorksiteRuleException("invalid-times", "A shift ends after it starts");
    }
    if (capacity < 1) {
      throw new WorksiteRuleException("invalid-capacity", "A shift has at least one place");
    }
    this.id = UUID.randomUUID();
    this.worksiteId = Objects.requireNonNull(worksiteId);
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
    this.nextPosition = 1;
  }

  /**
   * Registers {@code person} with {@code companions}: confirmed if the places are free and nobody
   * waits, else on the waiting list. Registering again returns the existing registration.
   *
   * @throws WorksiteRuleException when the shift has started, or the group could never fit
   */
  public ShiftRegistration register(UUID person, String email, int companions, int maxCompanions,
      Instant now) {
    Optional<ShiftRegistration> existing = registrationOf(person);
    if (existing.isPresent()) {
      return existing.get();
    }
    requireNotStarted(now);
    if (companions < 0 || companions > maxCompanions) {
      throw new WorksiteRuleException("too-many-companions",
          "Between 0 and " + maxCompanions + " companions");
    }
    if (1 + companions > capacity) {
      throw new WorksiteRuleException("group-too-large",
          "This shift has " + capacity + " places in all");
    }
    boolean fits = waiting().isEmpty() && confirmedPlaces() + 1 + companions <= capacity;
    ShiftRegistration registration = new ShiftRegistration(person, email, companions,
        fits ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING, nextPosition++, now);
    registrations.add(registration);
    return registration;
  }

  /**
   * Staff enter a registration taken outside Parvis for a shift that was held (a paper sign-up
   * sheet), with how many of its people came: confirmed, whatever the shift's start.
   *
   * @throws WorksiteRuleException when the shift has not ended or the group does not fit
   */
  public ShiftRegistration recordHeld(UUID person, int companions, int attendees, Instant now) {
    if (now.isBefore(endsAt)) {
      throw new WorksiteRuleException("shift-not-held", "This shift has not ended yet");
    }
    if (registrationOf(person).isPresent() || companions < 0
        || confirmedPlaces() + 1 + companions > capacity) {
      throw new WorksiteRuleException("group-too-large",
          "This shift has " + capacity + " places in all");
    }
    ShiftRegistration registration = new ShiftRegistration(person, null, companions,
        RegistrationStatus.CONFIRMED, nextPosition++, now);
    registrations.add(registration);
    registration.recordAttendance(attendees);
    return registration;
  }

  /**
   * Cancels {@code person}'s registration and serves the waiting list.
   *
   * @return the registrations promoted from the waiting list by this cancellation, in order
   * @throws WorksiteRuleException when the person has no registration or the shift has started
   */
  public Cancellation cancel(UUID person, Instant now) {
    ShiftRegistration registration = registrationOf(person).orElseThrow(
        () -> new WorksiteRuleException("not-registered", "No registration to this shift"));
    requireNotStarted(now);
    registrations.remove(registration);
    return new Cancellation(registration, promote());
  }

  /** Staff record how many of a registration's people came (0 for nobody). */
  public ShiftRegistration recordAttendance(UUID registrationId, int attendees) {
    ShiftRegistration registration = registrations.stream()
        .filter(r -> r.id().equals(registrationId)).findFirst()
        .orElseThrow(() -> new WorksiteRuleException("no-such-registration",
            "No registration " + registrationId + " to this shift"));
    registration.recordAttendance(attendees);
    return registration;
  }

  /**
   * Confirmed registrations to remind now, marked as reminded: each is returned once. Reminders
   * start {@code lead} before the shift and stop when it starts.
   */
  public List<ShiftRegistration> takeRemindersDue(Instant now, Duration lead) {
    if (!now.isBefore(startsAt) || now.isBefore(startsAt.minus(lead))) {
      return List.of();
    }
    List<ShiftRegistration> due = registrations.stream()
        .filter(r -> r.isConfirmed() && r.remindedAt().isEmpty())
        .toList();
    due.forEach(r -> r.markReminded(now));
    return due;
  }

  private List<ShiftRegistration> promote() {
    List<ShiftRegistration> promoted = new ArrayList<>();
    int free = capacity - confirmedPlaces();
    for (ShiftRegistration next : waiting()) {
      if (next.places() > free) {
        break;
      }
      next.confirm();
      free -= next.places();
      promoted.add(next);
    }
    return promoted;
  }

  private void requireNotStarted(Instant now) {
    if (!now.isBefore(startsAt)) {
      throw new WorksiteRuleException("shift-started", "This shift has started");
    }
  }

  public Optional<ShiftRegistration> registrationOf(UUID person) {
    return registrations.stream().filter(r -> r.personId().equals(person)).findFirst();
  }

  /** The waiting list in the order it is served. */
  public List<ShiftRegistration> waiting() {
    return registrations.stream().filter(r -> !r.isConfirmed())
        .sorted(Comparator.comparingLong(ShiftRegistration::position)).toList();
  }

  /** 1 for the first waiting registration; empty when {@code registration} is not waiting. */
  public Optional<Integer> waitingRank(ShiftRegistration registration) {
    int index = waiting().indexOf(registration);
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  public int confirmedPlaces() {
    return registrations.stream().filter(ShiftRegistration::isConfirmed)
        .mapToInt(ShiftRegistration::places).sum();
  }

  public int freePlaces() {
    return capacity - confirmedPlaces();
  }

  public Duration duration() {
    return Duration.between(startsAt, endsAt);
  }

  /** People who came (as recorded by staff). */
  public int attendees() {
    return registrations.stream().mapToInt(r -> r.attendees().orElse(0)).sum();
  }

  /** Volunteer time given on this shift: each attendee for the shift's whole duration. */
  public Duration volunteerTime() {
    return duration().multipliedBy(attendees());
  }

  /** The outcome of a cancellation: the cancelled registration and who was promoted. */
  public record Cancellation(ShiftRegistration cancelled, List<ShiftRegistration> promoted) {}

  public UUID id() { return id; }
  public UUID worksiteId() { return worksiteId; }
  public Instant startsAt() { return startsAt; }
  public Instant endsAt() { return endsAt; }
  public int capacity() { return capacity; }
  public List<ShiftRegistration> registrations() { return List.copyOf(registrations); }
}
