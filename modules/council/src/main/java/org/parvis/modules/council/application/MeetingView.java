package org.parvis.modules.council.application;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilMeeting;

/** A meeting with its workshop-kit stage and attendance; registrants are counted, not listed. */
public record MeetingView(UUID id, UUID groupId, String title, String startsAt, String endsAt,
    String place, String videoLink, String agenda, String minutes, String stage, List<UUID> present,
    int capacity, int registered) {
  static MeetingView of(CouncilMeeting m) {
    return new MeetingView(m.id(), m.groupId(), m.title(), m.startsAt().toString(), m.endsAt().toString(), m.place(),
        m.videoLink(), m.agenda(), m.minutes(), m.stage().name(), m.present(), m.capacity(),
        m.registrations().size());
  }
}
