package org.parvis.modules.council.domain;

import java.util.Set;

/** Deadline reminders already sent in the tenant. */
public interface ReminderRepository {

  Set<CouncilReminder.Key> sent();

  /** Records a reminder; written at once so that a duplicate fails before the emails leave. */
  void add(CouncilReminder reminder);
}
