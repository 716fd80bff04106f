package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.PabulibExport;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.application.ResultsCalculation.EditionResults;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.domain.Recount;
import org.parvis.modules.budget.interfaces.web.ResultsChart;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Results of a closed vote, per envelope, with greedy and equal shares side by side, as published
 * when the vote closed; administrators may recount them (audited).
 */
@Path("/api/budget/editions/{edition}/results")
@ModuleEndpoint(BudgetModule.ID)
public class ResultsResource {

  @Inject PublishedResults published;
  @Inject PabulibExport export;
  @Inject BodyValidator edge;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ResultsView results(@PathParam("edition") UUID edition) {
    return ResultsView.of(published.results(edition));
  }

  /** Counts the ballots again and replaces the published results; recorded with its reason. */
  @POST
  @Path("recount")
  @RequiresTenantRole(TenantRole.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ResultsView recount(@PathParam("edition") UUID edition, RecountBody body) {
    body = edge.check(body);
    return ResultsView.of(published.recount(edition, caller.subject().orElseThrow(),
        body.reason()));
  }

  /** The audit trail of recounts: who, when, why, and whether the funded projects changed. */
  @GET
  @Path("recounts")
  @RequiresTenantRole(TenantRole.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  public List<RecountView> recounts(@PathParam("edition") UUID edition) {
    return published.recounts(edition).stream().map(RecountView::of).toList();
  }

  /** The results as an SVG bar chart, one group of bars per envelope. */
  @GET
  @Path("chart.svg")
  @Produces("image/svg+xml")
  public Response chart(@PathParam("edition") UUID edition) {
    return Response.ok(ResultsChart.svg(published.results(edition).envelopes(), "fr"))
        .type("image/svg+xml")
        .build();
  }

  /** An envelope's anonymised ballots as a Pabulib {@code .pb} file, after the vote. */
  @GET
  @Path("envelopes/{envelope}/pabulib")
  @Produces("text/plain")
  public Response pabulib(@PathParam("edition") UUID edition, @PathParam("envelope") UUID envelope) {
    return Response.ok(export.export(edition, envelope))
        .type("text/plain; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"budget-" + envelope + ".pb\"")
        .build();
  }

  /** {@code countedAt}: when the published results were counted, ISO-8601. */
  public record ResultsView(UUID edition, String rule, String countedAt, int recounts,
      List<EnvelopeResult> envelopes) {
    static ResultsView of(EditionResults results) {
      return new ResultsView(results.edition().id(), results.edition().allocationRule(),
          results.countedAt().toString(), results.recounts(), results.envelopes());
    }
  }

  public record RecountBody(@NotBlank @Size(max = 2000) String reason) {}

  public record RecountView(UUID id, String requestedBy, String reason, String recountedAt,
      boolean fundedChanged) {
    static RecountView of(Recount r) {
      return new RecountView(r.id(), r.requestedBy(), r.reason(), r.recountedAt().toString(),
          r.fundedChanged());
    }
  }
}
