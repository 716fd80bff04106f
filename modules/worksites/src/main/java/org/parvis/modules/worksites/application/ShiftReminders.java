package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.spi.module.PeriodicTask;

/**
 * Sends the reminders of upcoming shifts on its own, every quarter of an hour, in every tenant
 * where worksites are enabled; each registration is reminded once (see {@link
 * ShiftBooking#sendReminders}).
 */
@ApplicationScoped
public class ShiftReminders implements PeriodicTask {

  @Inject ShiftBooking booking;

  @Override
  public String moduleId() {
    return WorksitesModule.ID;
  }

  @Override
  public String name() {
    return "shift-reminders";
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(15);
  }

  @Override
  public void run(Instant now) {
    booking.sendReminders(now);
  }
}
