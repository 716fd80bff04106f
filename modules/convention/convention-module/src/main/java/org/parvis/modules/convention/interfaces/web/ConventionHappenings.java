package org.parvis.modules.convention.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/** Citizens' conventions on the home page: recruitment open, the public draw to come, a panel seated. */
@ApplicationScoped
public class ConventionHappenings implements Happenings {

  @Inject ConventionReading reading;
  @Inject CurrentTenant tenant;

  @Override
  public String moduleId() {
    return ConventionModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    return items(reading.visible(), tenant.require().zone(), Texts.of("messages.convention", locale));
  }

  static List<Happening> items(List<Convention> conventions, ZoneId zone, Texts t) {
    List<Happening> items = new ArrayList<>();
    for (Convention c : conventions) {
      String path = "/convention/" + c.id();
      switch (c.status()) {
        case RECRUITING -> c.recruitmentCloses().ifPresent(closes -> items.add(Happening.openNow(c.title(), path,
            t.get("home.recruiting"), endOf(closes, zone))));
        case FROZEN, PUBLISHED -> c.drawDate().ifPresent(draw -> items.add(Happening.upcoming(c.title(), path,
            t.get("home.draw"), draw.atStartOfDay(zone).toInstant())));
        case SEATED -> c.drawDate().ifPresent(draw -> items.add(Happening.result(c.title(), path,
            t.get("home.seated", c.panelSize()), draw.atStartOfDay(zone).toInstant())));
        default -> { }
      }
    }
    return items;
  }

  /** Recruitment closes at the end of its last day on the tenant's clocks. */
  private static Instant endOf(LocalDate day, ZoneId zone) {
    return day.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
  }
}
