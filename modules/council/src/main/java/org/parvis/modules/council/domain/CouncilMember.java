package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A member of the council (aggregate root), linked to a platform account so that they can act:
 * their college, how they were appointed (and by which organisation, or which draw), their
 * mandate, their roles, and whether they consent to appear on the public members page.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  /** The account's subject at the identity provider. */
  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String organisation;

  private String email;

  @Column(nullable = false)
  private String profile;

  @Column(name = "college_id", nullable = false)
  private UUID collegeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Appointment appointment;

  @Column(name = "draw_id", updatable = false)
  private UUID drawId;

  @Column(name = "mandate_start", nullable = false)
  private LocalDate mandateStart;

  @Column(name = "mandate_end", nullable = false)
  private LocalDate mandateEnd;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false)
  private Set<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);

  @Column(name = "public_profile", nullable = false)
  private boolean publicProfile;

  @Version private long version;

  protected CouncilMember() {}

  /** Details of a person joining the council. */
  public record Profile(String subject, String displayName, String organisation, String email,
                        String profile, boolean publicProfile) {}

  public CouncilMember(Profile person, UUID collegeId, Appointment appointment, UUID drawId,
      LocalDate start, int mandateYears) {
    if (appointment == Appointment.DESIGNATED && (person.organisation() == null
        || person.organisation().isBlank())) {
      throw new CouncilException("refusal.member.organisation.missing");
    }
    if ((appointment == Appointment.DRAWN_BY_LOT) != (drawId != null)) {
      throw new CouncilException("refusal.member.drawnByLot");
    }
    this.id = UUID.randomUUID();
    this.subject = person.subject();
    this.displayName = person.displayName();
    this.organisation = person.organisation();
    this.email = person.email();
    this.profile = person.profile() == null ? "" : person.profile();
    this.publicProfile = person.publicProfile();
    this.collegeId = collegeId;
    this.appointment = appointment;
    this.drawId = drawId;
    this.mandateStart = start;
    this.mandateEnd = start.plusYears(mandateYears);
  }

  /** Whether the member sits on {@code day}: mandate started, not over, not ended early. */
  public boolean sitsOn(LocalDate day) {
    return !day.isBefore(mandateStart) && day.isBefore(mandateEnd)
        && (endedOn == null || day.isBefore(endedOn));
  }

  /** Whether the mandate ends within {@code days} of {@code today} and has not been ended. */
  public boolean expiresWithin(LocalDate today, int days) {
    return endedOn == null && !mandateEnd.isAfter(today.plusDays(days));
  }

  /** A new mandate right after the current one. */
  public void renew(int mandateYears) {
    if (endedOn != null) {
      throw new CouncilException("refusal.member.ended");
    }
    this.mandateStart = mandateEnd;
    this.mandateEnd = mandateEnd.plusYears(mandateYears);
  }

  /** Ends the mandate from {@code day}; roles go with it. */
  public void end(LocalDate day) {
    if (endedOn != null) {
      throw new CouncilException("refusal.member.ended.already");
    }
    this.endedOn = day.isBefore(mandateEnd) ? day : mandateEnd;
    this.roles = EnumSet.noneOf(CouncilRole.class);
  }

  public void assignRoles(Set<CouncilRole> newRoles, LocalDate today) {
    if (!sitsOn(today)) {
      throw new CouncilException("refusal.member.role.notSitting");
    }
    this.roles = newRoles.isEmpty() ? EnumSet.noneOf(CouncilRole.class) : EnumSet.copyOf(newRoles);
  }

  public void changeProfile(String displayName, String profile, boolean publicProfile) {
    this.displayName = displayName;
    this.profile = profile == null ? "" : profile;
    this.publicProfile = publicProfile;
  }

  public boolean inBureau() {
    return roles.stream().anyMatch(CouncilRole::isBureau);
  }

  public boolean facilitates() {
    return inBureau() || roles.contains(CouncilRole.FACILITATOR);
  }

  public UUID id() { return id; }
  public String subject() { return subject; }
  public String displayName() { return displayName; }
  public String organisation() { return organisation; }
  public String email() { return email; }
  public String profile() { return profile; }
  public UUID collegeId() { return collegeId; }
  public Appointment appointment() { return appointment; }
  public UUID drawId() { return drawId; }
  public LocalDate mandateStart() { return mandateStart; }
  public LocalDate mandateEnd() { return mandateEnd; }
  public LocalDate endedOn() { return endedOn; }
  public Set<CouncilRole> roles() { return Set.copyOf(roles); }
  public boolean publicProfile() { return publicProfile; }
}
