package org.parvis.modules.council.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Working groups and meetings. */
public interface MeetingRepository {
  Optional<CouncilWorkingGroup> group(UUID id);

  List<CouncilWorkingGroup> groups();

  void add(CouncilWorkingGroup group);

  Optional<CouncilMeeting> find(UUID id);

  Optional<CouncilMeeting> lock(UUID id);

  List<CouncilMeeting> all();

  void add(CouncilMeeting meeting);
}
