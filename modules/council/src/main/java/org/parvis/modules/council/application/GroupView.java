package org.parvis.modules.council.application;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilWorkingGroup;

/** A working group and its members. */
public record GroupView(UUID id, String name, UUID referralId, List<UUID> members) {
  static GroupView of(CouncilWorkingGroup g) {
    return new GroupView(g.id(), g.name(), g.referralId(), g.members());
  }
}
