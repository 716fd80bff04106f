package org.parvis.spi.home;

import java.util.List;
import java.util.Locale;
import org.parvis.spi.security.Caller;

/**
 * What is happening in a module, for the tenant's home page: what is open now, the latest results, what is coming,
 * and what waits for the visitor. A module implements it as a CDI bean; the platform asks only the modules the
 * current tenant has enabled, once per home page, and groups the answers by {@link Happening.Kind}.
 *
 * <p>Keep it small and cheap: a few items read through the module's own application layer, titles and notes
 * already in the page's language (plain text, escaped by the page). A module that fails is left out of the page,
 * not the page out of the portal.
 */
public interface Happenings {

  /** The id of the module this belongs to (its {@link org.parvis.spi.module.ParvisModule#id()}). */
  String moduleId();

  /**
   * What is happening in the current tenant for {@code visitor} (perhaps anonymous: {@link Caller#subject()} is then
   * empty), in the language of {@code locale}. Items of kind {@link Happening.Kind#WAITING_FOR_YOU} only for a
   * signed-in visitor.
   */
  List<Happening> happenings(Caller visitor, Locale locale);
}
