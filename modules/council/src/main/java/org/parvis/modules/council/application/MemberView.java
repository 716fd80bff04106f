package org.parvis.modules.council.application;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilMember;

/** A member's mandate as the secretariat and the member see it. */
public record MemberView(UUID id, String subject, String displayName, String organisation,
    String profile, UUID collegeId, String appointment, UUID drawId, String mandateStart,
    String mandateEnd, String endedOn, List<String> roles, boolean publicProfile) {

  static MemberView of(CouncilMember m) {
    return new MemberView(m.id(), m.subject(), m.displayName(), m.organisation(), m.profile(),
        m.collegeId(), m.appointment().name(), m.drawId(), m.mandateStart().toString(), m.mandateEnd().toString(),
        m.endedOn() == null ? null : m.endedOn().toString(), m.roles().stream().map(Enum::name).sorted().toList(), m.publicProfile());
  }

  /** What the public members page shows of a member who consented to appear on it. */
  public record Public(String displayName, String organisation, String profile, String college,
      List<String> roles) {}
}
