package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteRepository;

/** What anyone may read about worksites, and the volunteer hours they add up to. */
@ApplicationScoped
@Transactional
public class WorksiteReading {

  @Inject WorksiteRepository worksites;
  @Inject WorksiteMail mail;

  public List<Worksite> all() {
    return worksites.all();
  }

  public Worksite require(UUID id) {
    return worksites.byId(id).orElseThrow(() -> WorksiteProblems.notFound("worksite", id));
  }

  public List<Shift> shiftsOf(UUID worksiteId) {
    return worksites.shiftsOf(worksiteId);
  }

  /** Volunteer time of one worksite: attendees × duration, over its shifts. */
  public Duration volunteerTime(UUID worksiteId) {
    return worksites.shiftsOf(worksiteId).stream().map(Shift::volunteerTime)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Volunteer time per calendar year (of the shift's start, in the tenant's time zone). */
  public Map<Integer, YearTotals> volunteerTimeByYear() {
    ZoneId zone = mail.zone();
    Map<Integer, YearTotals> years = new TreeMap<>();
    for (Shift shift : worksites.allShifts()) {
      int year = shift.startsAt().atZone(zone).getYear();
      years.merge(year, new YearTotals(shift.volunteerTime(), shift.attendees(), 1),
          YearTotals::plus);
    }
    return years;
  }

  /** A year's volunteer time, people who came (counted per shift) and shifts. */
  public record YearTotals(Duration time, long attendees, long shifts) {
    YearTotals plus(YearTotals other) {
      return new YearTotals(time.plus(other.time), attendees + other.attendees, shifts + other.shifts);
    }
  }
}
