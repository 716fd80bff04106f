package org.parvis.modules.worksites.interfaces.rest;

import java.time.Duration;

/** Volunteer time as hours with two decimals, the unit people read. */
final class Hours {

  private Hours() {}

  static double of(Duration time) {
    return Math.round(time.toMinutes() / 60.0 * 100) / 100.0;
  }
}
