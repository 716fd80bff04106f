package org.parvis.core.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.security.Caller;

/**
 * Asks every module the current tenant has enabled what is happening (the platform knows no module by name), and
 * groups the answers. A module that fails is left out and logged: the home page still opens.
 */
@RequestScoped
public class HomeHappenings {

  private static final Logger LOG = Logger.getLogger(HomeHappenings.class.getName());

  @Inject @Any Instance<Happenings> modules;
  @Inject ModuleAdministration administration;
  @Inject Caller caller;

  /** What is happening for the visitor, plus {@code platform}'s own items (such as verifying residency). */
  public WhatIsHappening now(Locale locale, List<Happening> platform) {
    Set<String> enabled = administration.list().stream().filter(ModuleState::enabled)
        .map(s -> s.module().id()).collect(Collectors.toSet());
    List<Happening> all = new ArrayList<>(platform);
    all.addAll(collect(modules.stream().toList(), enabled, caller, locale));
    return WhatIsHappening.of(all, Clock.systemUTC().instant());
  }

  /** The items of the enabled modules among {@code sources}; anonymous visitors get no personal items. */
  static List<Happening> collect(Collection<Happenings> sources, Set<String> enabled, Caller visitor,
      Locale locale) {
    List<Happening> all = new ArrayList<>();
    for (Happenings source : sources) {
      if (!enabled.contains(source.moduleId())) {
        continue;
      }
      try {
        for (Happening item : source.happenings(visitor, locale)) {
          if (item.kind() != Happening.Kind.WAITING_FOR_YOU || visitor.subject().isPresent()) {
            all.add(item);
          }
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The home page leaves out module " + source.moduleId() + ", which failed", e);
      }
    }
    return all;
  }
}
