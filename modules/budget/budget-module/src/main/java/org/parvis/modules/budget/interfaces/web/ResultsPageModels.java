package org.parvis.modules.budget.interfaces.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.ResultsCalculation.EditionResults;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.application.ResultsCalculation.ProjectResult;
import org.parvis.modules.budget.domain.FollowUp;
import org.parvis.modules.budget.domain.WorksStatus;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Markup;

/**
 * The view model of the results page: per envelope a table comparing the greedy count and equal shares, the chart
 * drawn by {@link ResultsChart}, and the follow-up of the funded projects.
 */
final class ResultsPageModels {

  private ResultsPageModels() {}

  /** The published results; {@code recounted} is null when they were never recounted. */
  record Results(UUID edition, String rule, Instant countedAt, String recounted, Markup chart,
      List<EnvelopeResult> envelopes, List<Funded> funded) {}

  /** A funded project under the results: its works' status and progress. */
  record Funded(UUID id, String title, String status, String statusLabel, int progress, String progressLabel) {}

  static Results of(EditionResults results, Map<UUID, FollowUp> followUps, BudgetMessages m) {
    Texts texts = Texts.of("messages.budget", m.locale());
    String rule = results.edition().allocationRule();
    String ruleName = texts.has("budget.admin.allocationRule." + rule)
        ? m.get("budget.admin.allocationRule." + rule) : rule;
    List<Funded> funded = results.envelopes().stream().flatMap(e -> e.projects().stream())
        .filter(ProjectResult::funded)
        .map(p -> {
          FollowUp f = followUps.get(p.id());
          WorksStatus status = f == null ? WorksStatus.PLANNED : f.status();
          int progress = f == null ? 0 : f.progress();
          return new Funded(p.id(), p.title(), status.name(), m.get("budget.followUp.status." + status), progress,
              m.get("budget.followUp.progress", progress));
        }).toList();
    return new Results(results.edition().id(), m.get("budget.results.rule", ruleName), results.countedAt(),
        results.recounts() > 0 ? m.get("budget.results.recounted", results.recounts()) : null,
        new Markup(ResultsChart.svg(results.envelopes(), m.locale().getLanguage())), results.envelopes(),
        funded);
  }
}
