package org.parvis.modules.council.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ActivityReporting;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.Membership;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.PortalViews;

/**
 * Public pages of the council: its members (those who consented), its published contributions
 * and the printable activity report.
 */
@Path("/council")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.TEXT_HTML)
public class CouncilPortal {

  @Inject Membership membership;
  @Inject ActivityReporting reporting;
  @Inject ContributionDesk contributions;
  @Inject MeetingDesk meetings;
  @Inject PortalViews views;

  @GET
  @Path("members")
  public Response members() {
    Texts t = texts();
    return views.page("council/members", t.get("members.title"))
        .with("members", PublicPageModels.members(t, membership.publicMembers())).response();
  }

  /** Published contributions, each with its vote result and the official response. */
  @GET
  @Path("contributions")
  public Response contributions() {
    Texts t = texts();
    return views.page("council/contributions", t.get("contributions.title"))
        .with("contributions", PublicPageModels.published(t, contributions.published())).response();
  }

  /** A meeting as a calendar file, for the "add to my calendar" links. */
  @GET
  @Path("meetings/{id: [0-9a-fA-F-]{36}}.ics")
  @Produces("text/calendar; charset=UTF-8")
  public Response calendar(@PathParam("id") UUID id) {
    return Response.ok(meetings.calendarFile(id))
        .header("Content-Disposition", "attachment; filename=\"reunion-conseil.ics\"").build();
  }

  /** The activity report as a printable page (the browser prints it, or saves it as PDF). */
  @GET
  @Path("reports/{year: [0-9]{4}}")
  public Response report(@PathParam("year") int year) {
    Texts t = texts();
    if (year < 2000 || year > 2100) {
      throw ProblemException.notFound(t.get("refusal.notFound.report", String.valueOf(year)));
    }
    return views.page("council/report", t.get("report.title", String.valueOf(year), reporting.councilName()))
        .with("report", PublicPageModels.report(t, reporting.report(year))).response();
  }

  private Texts texts() {
    return Texts.of("messages.council", views.locale());
  }
}
