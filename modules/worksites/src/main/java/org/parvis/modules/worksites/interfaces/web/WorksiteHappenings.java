package org.parvis.modules.worksites.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteStatus;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Worksites on the home page: each planned worksite's next shift with its free places, completed worksites, and
 * for a verified resident the shift they signed up for that starts within two days.
 */
@ApplicationScoped
public class WorksiteHappenings implements Happenings {

  /** How soon a resident's own shift starts for the home page to remind them of it. */
  static final Duration SOON = Duration.ofHours(48);

  @Inject WorksiteReading reading;
  @Inject ShiftBooking booking;
  @Inject CurrentTenant tenant;

  @Override
  public String moduleId() {
    return WorksitesModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    List<Shift> mine = visitor.verifiedResidentId().map(booking::shiftsOf).orElse(List.of());
    return items(reading.all(), reading::shiftsOf, mine, reading::require, Clock.systemUTC().instant(),
        tenant.require().zone(), Texts.of("messages.worksites", locale));
  }

  static List<Happening> items(List<Worksite> worksites, Function<UUID, List<Shift>> shifts, List<Shift> mine,
      Function<UUID, Worksite> worksite, Instant now, ZoneId zone, Texts t) {
    List<Happening> items = new ArrayList<>();
    for (Worksite w : worksites) {
      String path = "/worksites/" + w.id();
      if (w.status() == WorksiteStatus.COMPLETED) {
        w.completedAt().ifPresent(at -> items.add(Happening.result(w.title(), path, t.get("home.completed"), at)));
        continue;
      }
      shifts.apply(w.id()).stream().filter(s -> s.startsAt().isAfter(now))
          .min(Comparator.comparing(Shift::startsAt))
          .ifPresent(s -> items.add(Happening.upcoming(w.title(), path,
              t.get("worksite.places", s.freePlaces(), s.capacity()), s.startsAt())));
    }
    for (Shift s : mine) {
      if (s.startsAt().isAfter(now) && s.startsAt().isBefore(now.plus(SOON))) {
        items.add(Happening.waitingForYou(t.get("home.myShift", worksite.apply(s.worksiteId()).title()),
            "/worksites/mine", t.get("home.myShiftWhen", LocalTimes.dayWithWeekday(s.startsAt(), zone, t.locale()),
                LocalTimes.time(s.startsAt(), zone, t.locale())), null));
      }
    }
    return items;
  }
}
