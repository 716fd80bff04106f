package org.parvis.modules.pages.domain;

import java.util.List;
import java.util.Optional;

/** Pages of the current tenant. */
public interface PageRepository {

  Optional<Page> bySlug(String slug);

  List<Page> all();

  long count();

  void add(Page page);

  void remove(Page page);
}
