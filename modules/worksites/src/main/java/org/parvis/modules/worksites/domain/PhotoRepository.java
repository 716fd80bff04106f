package org.parvis.modules.worksites.domain;

import java.util.List;
import java.util.UUID;

/** Photos of the current tenant's reports and worksites. */
public interface PhotoRepository {

  void add(Photo photo);

  /** Oldest first. */
  List<Photo> ofReport(UUID reportId);

  /** Oldest first. */
  List<Photo> ofWorksite(UUID worksiteId);
}
