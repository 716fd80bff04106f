package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.PabulibExport;
import org.parvis.modules.budget.application.ResultsCalculation;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.interfaces.web.ResultsChart;
import org.parvis.spi.module.ModuleEndpoint;

/** Results of a closed vote, per envelope, with greedy and equal shares side by side. */
@Path("/api/budget/editions/{edition}/results")
@ModuleEndpoint(BudgetModule.ID)
public class ResultsResource {

  @Inject ResultsCalculation calculation;
  @Inject PabulibExport export;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ResultsView results(@PathParam("edition") UUID edition) {
    var results = calculation.results(edition);
    return new ResultsView(results.edition().id(), results.edition().allocationRule(),
        results.envelopes());
  }

  /** The results as an SVG bar chart, one group of bars per envelope. */
  @GET
  @Path("chart.svg")
  @Produces("image/svg+xml")
  public Response chart(@PathParam("edition") UUID edition) {
    return Response.ok(ResultsChart.svg(calculation.results(edition).envelopes(), "fr"))
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

  public record ResultsView(UUID edition, String rule, List<EnvelopeResult> envelopes) {}
}
