package org.parvis.modules.council.domain;

import java.util.Objects;
import java.util.UUID;

/** One member's vote as the adoption rule sees it: who, from which college, what. */
public record Ballot(UUID member, UUID college, VoteChoice choice) {
  public Ballot {
    Objects.requireNonNull(member);
    Objects.requireNonNull(college);
    Objects.requireNonNull(choice);
  }
}
