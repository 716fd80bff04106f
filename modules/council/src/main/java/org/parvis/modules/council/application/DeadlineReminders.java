package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.parvis.modules.council.CouncilModule;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.module.PeriodicTask;

/**
 * Reminds the sitting members, on its own every hour in every tenant where the council is enabled,
 * of the open referrals whose deadline is within the module's {@code reminderDays}; each member is
 * reminded once per referral and deadline (see {@link MeetingDesk#sendDeadlineReminders}).
 */
@ApplicationScoped
public class DeadlineReminders implements PeriodicTask {

  @Inject MeetingDesk desk;
  @Inject ModuleSettings settings;

  @Override
  public String moduleId() {
    return CouncilModule.ID;
  }

  @Override
  public String name() {
    return "deadline-reminders";
  }

  @Override
  public Duration every() {
    return Duration.ofHours(1);
  }

  @Override
  public void run(Instant now) {
    desk.sendDeadlineReminders((int) settings.getLong(CouncilModule.ID, CouncilModule.REMINDER_DAYS), now);
  }
}
