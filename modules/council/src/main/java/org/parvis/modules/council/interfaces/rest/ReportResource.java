package org.parvis.modules.council.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ActivityReporting;
import org.parvis.modules.council.domain.ActivityReport;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/** The annual activity report, public like the council's work: JSON and CSV. */
@Path("/api/council/reports")
@ModuleEndpoint(CouncilModule.ID)
public class ReportResource {

  @Inject ActivityReporting reporting;
  @Inject CurrentTenant tenant;

  @GET
  @Path("{year: [0-9]{4}}")
  @Produces(MediaType.APPLICATION_JSON)
  public ActivityReport report(@PathParam("year") int year) {
    return reporting.report(checked(year));
  }

  @GET
  @Path("{year: [0-9]{4}}.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("year") int year) {
    return Response.ok(reporting.report(checked(year)).toCsv(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"bilan-" + year + ".csv\"")
        .build();
  }

  private int checked(int year) {
    if (year < 2000 || year > 2100) {
      throw ProblemException.notFound(Texts.of("messages.council", tenant.require().locale())
          .get("refusal.notFound.report", String.valueOf(year)));
    }
    return year;
  }
}
