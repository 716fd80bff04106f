package org.parvis.modules.council.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A meeting of the council or of one of its working groups (aggregate root), run with the
 * workshop kit: it is <b>prepared</b> (date, place or video link, agenda), <b>run</b> (attendance
 * recorded) and <b>concluded</b> (minutes). An open workshop also takes registrations from the
 * public, up to its capacity.
 */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting {

  /** The workshop kit's steps. */
  public enum Stage { PREPARING, RUNNING, CONCLUDED }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  /** The working group meeting, or null for a plenary meeting of the whole council. */
  @Column(name = "group_id", updatable = false)
  private UUID groupId;

  @Column(nullable = false)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  private String place;

  @Column(name = "video_link")
  private String videoLink;

  @Column(nullable = false)
  private String agenda;

  private String minutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stage stage;

  @Convert(converter = UuidListConverter.class)
  @Column(nullable = false)
  private List<UUID> present = new ArrayList<>();

  /** Seats for the public at an open workshop; 0 for a meeting of members only. */
  @Column(nullable = false)
  private int capacity;

  /** Increased each time invitations go out, so that calendars update the same event. */
  @Column(name = "invitation_sequence", nullable = false)
  private int invitationSequence;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  @OrderBy("registeredAt")
  private List<CouncilRegistration> registrations = new ArrayList<>();

  @Version private long version;

  protected CouncilMeeting() {}

  /** Schedule of a meeting: where, when, and what it is about. */
  public record Plan(String title, Instant startsAt, Instant endsAt, String place, String videoLink,
                     String agenda, int capacity) {}

  public CouncilMeeting(UUID groupId, Plan plan) {
    this.id = UUID.randomUUID();
    this.groupId = groupId;
    this.stage = Stage.PREPARING;
    this.invitationSequence = -1;
    prepare(plan);
  }

  /** Changes the plan while preparing; invitations sent afterwards update calendars. */
  public void prepare(Plan plan) {
    if (stage != Stage.PREPARING) {
      throw new CouncilException("refusal.meeting.plan.fixed");
    }
    if (!plan.endsAt().isAfter(plan.startsAt())) {
      throw new CouncilException("refusal.meeting.end.beforeStart");
    }
    if (blank(plan.place()) && blank(plan.videoLink())) {
      throw new CouncilException("refusal.meeting.place.missing");
    }
    if (plan.capacity() < 0) {
      throw new CouncilException("refusal.meeting.capacity.negative");
    }
    if (plan.capacity() < registrations.size()) {
      throw new CouncilException("refusal.meeting.capacity.belowRegistered", registrations.size());
    }
    this.title = plan.title();
    this.startsAt = plan.startsAt();
    this.endsAt = plan.endsAt();
    this.place = plan.place();
    this.videoLink = plan.videoLink();
    this.agenda = plan.agenda();
    this.capacity = plan.capacity();
  }

  /** The next invitation's sequence number (0 for the first). */
  public int nextInvitation() {
    if (stage == Stage.CONCLUDED) {
      throw new CouncilException("refusal.meeting.over");
    }
    return ++invitationSequence;
  }

  /** The sequence of the invitations already sent (0 if none), for late registrants. */
  public int currentInvitation() {
    return Math.max(0, invitationSequence);
  }

  public void start() {
    if (stage != Stage.PREPARING) {
      throw new CouncilException("refusal.meeting.started.already");
    }
    if (blank(agenda)) {
      throw new CouncilException("refusal.meeting.agenda.missing");
    }
    stage = Stage.RUNNING;
  }

  /** Records who is present (members of the council); replaces the previous list. */
  public void recordAttendance(List<UUID> members) {
    if (stage != Stage.RUNNING) {
      throw new CouncilException("refusal.meeting.attendance.notRunning");
    }
    present = new ArrayList<>(members.stream().distinct().toList());
  }

  public void conclude(String minutesText) {
    if (stage != Stage.RUNNING) {
      throw new CouncilException("refusal.meeting.conclude.notRunning");
    }
    if (blank(minutesText)) {
      throw new CouncilException("refusal.meeting.minutes.missing");
    }
    this.minutes = minutesText;
    this.stage = Stage.CONCLUDED;
    registrations.forEach(CouncilRegistration::forgetAddress);
  }

  /** Registers someone from the public to an open workshop. */
  public CouncilRegistration register(String name, String email, Instant now) {
    if (capacity == 0) {
      throw new CouncilException("refusal.meeting.notOpen");
    }
    if (stage != Stage.PREPARING || !now.isBefore(startsAt)) {
      throw new CouncilException("refusal.meeting.registrations.closed");
    }
    if (registrations.stream().anyMatch(r -> email.equalsIgnoreCase(r.email()))) {
      throw new CouncilException("refusal.meeting.registered.already");
    }
    if (registrations.size() >= capacity) {
      throw new CouncilException("refusal.meeting.full");
    }
    CouncilRegistration registration = new CouncilRegistration(name, email, now);
    registrations.add(registration);
    return registration;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public UUID id() { return id; }
  public UUID groupId() { return groupId; }
  public String title() { return title; }
  public Instant startsAt() { return startsAt; }
  public Instant endsAt() { return endsAt; }
  public String place() { return place; }
  public String videoLink() { return videoLink; }
  public String agenda() { return agenda; }
  public String minutes() { return minutes; }
  public Stage stage() { return stage; }
  public List<UUID> present() { return List.copyOf(present); }
  public int capacity() { return capacity; }
  public List<CouncilRegistration> registrations() { return List.copyOf(registrations); }
}
