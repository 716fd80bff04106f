package org.parvis.modules.budget.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Comments on ideas and reports of ideas or comments, of the current tenant. */
public interface Discussion {

  /** A reported item, with how many people reported it and their reasons. */
  record Reported(String kind, UUID id, long reports, List<String> reasons) {}

  void add(Comment comment);

  Optional<Comment> comment(UUID id);

  List<Comment> comments(UUID ideaId);

  /** False when the reporter already reported this item. */
  boolean report(String kind, UUID itemId, String reporter, String reason);

  /** Reported items of the tenant, most reported first. */
  List<Reported> reported();
}
