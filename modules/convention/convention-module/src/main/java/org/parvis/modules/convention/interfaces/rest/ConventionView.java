package org.parvis.modules.convention.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.QuotaBand;

/** The public description of a convention and of its ceremony so far (no personal data). */
public record ConventionView(UUID id, String title, String mandate, String status,
    LocalDate recruitmentOpens, LocalDate recruitmentCloses, LocalDate drawDate, int panelSize,
    boolean openToAll, List<QuotaView> quotas, int poolSize, int lotterySize, String poolHash,
    String lotteryHash, Double lotteryMaxDeviation, String seed, Integer drawnIndex) {

  public record QuotaView(String category, String value, int min, int max) {
    static QuotaView of(QuotaBand b) {
      return new QuotaView(b.category(), b.value(), b.min(), b.max());
    }
  }

  public static ConventionView of(Convention c, int poolSize) {
    return new ConventionView(c.id(), c.title(), c.mandate(), c.status().name(),
        c.recruitmentOpens().orElse(null), c.recruitmentCloses().orElse(null),
        c.drawDate().orElse(null), c.panelSize(), c.openToAll(),
        c.quotas().bands().stream().map(QuotaView::of).toList(), poolSize, c.lotterySize(),
        c.poolHash().orElse(null), c.lotteryHash().orElse(null),
        c.lotteryMaxDeviation().orElse(null), c.seed().orElse(null),
        c.drawnIndex().orElse(null));
  }
}
