package org.parvis.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parvis.core.PlatformConfig;
import org.parvis.core.mail.application.MailBacklog;

/**
 * Not ready while more mail waits to be sent than {@code parvis.health.mail-backlog-max}
 * (default 5,000): the SMTP relay is refusing or far too slow, and invitations, codes and
 * reminders are not reaching people. Undeliverable mail (dead letters) is reported, not counted.
 */
@Readiness
@ApplicationScoped
public class MailBacklogCheck implements HealthCheck {

  static final long DEFAULT_MAX = 5_000;

  @Inject MailBacklog backlog;

  @Override
  public HealthCheckResponse call() {
    return judge(backlog.counts(), maximum());
  }

  static HealthCheckResponse judge(MailBacklog.Counts counts, long max) {
    return HealthCheckResponse.named("mail-backlog")
        .status(counts.waiting() <= max)
        .withData("waiting", counts.waiting())
        .withData("undeliverable", counts.undeliverable())
        .withData("max", max)
        .build();
  }

  static long maximum() {
    return PlatformConfig.value("parvis.health.mail-backlog-max").map(Long::parseLong)
        .orElse(DEFAULT_MAX);
  }
}
