package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteItem;
import org.parvis.modules.worksites.domain.WorksiteRepository;
import org.parvis.modules.worksites.domain.WorksiteRuleException;

/** Staff prepare worksites (details, materials, shifts) and complete them; volunteers pledge items. */
@ApplicationScoped
@Transactional
public class WorksitePlanning {

  @Inject WorksiteRepository worksites;

  /** A worksite the commune proposes itself, without a resident's report. */
  public Worksite create(Worksite.Details details) {
    Worksite worksite = new Worksite(null, details.title(), details.description(),
        details.location(), Clock.systemUTC().instant());
    apply(() -> {
      worksite.describe(details);
      return worksite;
    });
    worksites.add(worksite);
    return worksite;
  }

  public Worksite describe(UUID id, Worksite.Details details) {
    Worksite worksite = lock(id);
    apply(() -> {
      worksite.describe(details);
      return worksite;
    });
    return worksite;
  }

  public WorksiteItem addItem(UUID id, String name, int quantity, ItemSource source) {
    Worksite worksite = lock(id);
    return apply(() -> worksite.addItem(name.strip(), quantity, source));
  }

  public WorksiteItem pledge(UUID id, UUID itemId, Person volunteer) {
    Worksite worksite = lock(id);
    return apply(() -> worksite.pledge(itemId, volunteer.id(), Clock.systemUTC().instant()));
  }

  public Shift addShift(UUID id, Instant startsAt, Instant endsAt, int capacity) {
    Worksite worksite = lock(id);
    Shift shift = apply(() -> {
      worksite.requirePlanned();
      return new Shift(worksite.id(), startsAt, endsAt, capacity);
    });
    worksites.add(shift);
    return shift;
  }

  public Worksite complete(UUID id, String note) {
    Worksite worksite = lock(id);
    apply(() -> {
      worksite.complete(note, Clock.systemUTC().instant());
      return worksite;
    });
    return worksite;
  }

  private Worksite lock(UUID id) {
    return worksites.lockById(id).orElseThrow(() -> WorksiteProblems.notFound("worksite", id));
  }

  static <T> T apply(Supplier<T> rule) {
    try {
      return rule.get();
    } catch (WorksiteRuleException e) {
      throw WorksiteProblems.refused(e);
    }
  }
}
