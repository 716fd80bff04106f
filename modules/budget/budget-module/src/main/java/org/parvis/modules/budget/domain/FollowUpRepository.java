package org.parvis.modules.budget.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Follow-ups of funded projects, their milestones, and photos of ideas and works. */
public interface FollowUpRepository {

  Optional<FollowUp> followUp(UUID ideaId);

  /** The edition's follow-ups (one per funded project that has one). */
  List<FollowUp> followUps(UUID editionId);

  void add(FollowUp followUp);

  /** The project's milestones by planned date. */
  List<Milestone> milestones(UUID ideaId);

  Optional<Milestone> milestone(UUID id);

  void add(Milestone milestone);

  void remove(Milestone milestone);

  /** The idea's photos of that purpose, oldest first. */
  List<Photo> photos(UUID ideaId, Photo.Purpose purpose);

  Optional<Photo> photo(UUID id);

  void add(Photo photo);

  void remove(Photo photo);
}
