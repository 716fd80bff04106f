package org.parvis.modules.council.interfaces.web;

import org.parvis.spi.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ActivityReporting;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.domain.ActivityReport;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

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
  @Inject PortalLayout layout;

  @GET
  @Path("members")
  public Response members() {
    Texts t = Texts.of("messages.council", layout.language());
    var list = membership.publicMembers();
    String main = list.isEmpty()
        ? "<p>" + Html.escape(t.get("members.none")) + "</p>"
        : list.stream().map(m -> "<li><h2>" + Html.escape(m.displayName()) + "</h2>"
                + (m.organisation() == null ? "" : "<p>" + Html.escape(m.organisation()) + "</p>")
                + "<p>" + Html.escape(t.get("members.college")) + " : " + Html.escape(m.college()) + "</p>"
                + m.roles().stream().map(r -> "<p class=\"role\">" + Html.escape(t.get("role." + r)) + "</p>")
                    .collect(Collectors.joining())
                + (m.profile() == null || m.profile().isBlank() ? "" : "<p>" + Html.escape(m.profile()) + "</p>")
                + "</li>")
            .collect(Collectors.joining("\n", "<ul class=\"council-members\">", "</ul>"));
    return layout.page(t.get("members.title"), main
        + "<p><a href=\"/council/space\">" + Html.escape(t.get("members.space")) + "</a></p>");
  }

  /** Published contributions, each with its vote result and the official response. */
  @GET
  @Path("contributions")
  public Response contributions() {
    Texts t = Texts.of("messages.council", layout.language());
    var list = contributions.published();
    if (list.isEmpty()) {
      return layout.page(t.get("contributions.title"), "<p>" + Html.escape(t.get("contributions.none")) + "</p>");
    }
    StringBuilder main = new StringBuilder();
    for (ContributionView c : list) {
      main.append("<article class=\"council-contribution\"><h2>").append(Html.escape(c.title())).append("</h2>");
      for (var section : c.sections()) {
        main.append("<h3>").append(Html.escape(section.heading())).append("</h3>");
        section.text().lines().filter(line -> !line.isBlank())
            .forEach(line -> main.append("<p>").append(Html.escape(line)).append("</p>"));
      }
      var r = c.result();
      main.append("<p class=\"result\">").append(Html.escape(t.get(r.adopted() ? "contributions.adopted"
          : "contributions.rejected", t.get("method." + r.method()), t.get("scope." + r.scope()),
          r.overall().yes(), r.overall().no(), r.overall().neutral()))).append("</p>");
      if (!r.colleges().isEmpty()) {
        main.append("<ul>");
        r.colleges().forEach(k -> main.append("<li>").append(Html.escape(t.get("contributions.college",
            k.name(), k.yes(), k.no(), k.neutral()))).append("</li>"));
        main.append("</ul>");
      }
      if (c.response() != null) {
        main.append("<section><h3>").append(Html.escape(t.get("contributions.response"))).append("</h3>");
        c.response().lines().filter(line -> !line.isBlank())
            .forEach(line -> main.append("<p>").append(Html.escape(line)).append("</p>"));
        if (c.responseChanges() != null && !c.responseChanges().isBlank()) {
          main.append("<p><strong>").append(Html.escape(t.get("contributions.changes"))).append("</strong> ")
              .append(Html.escape(c.responseChanges())).append("</p>");
        }
        main.append("</section>");
      }
      main.append("</article>");
    }
    return layout.page(t.get("contributions.title"), main.toString());
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
    Texts t = Texts.of("messages.council", layout.language());
    if (year < 2000 || year > 2100) {
      throw ProblemException.notFound(t.get("refusal.notFound.report", String.valueOf(year)));
    }
    ActivityReport r = reporting.report(year);
    return layout.page(t.get("report.title", String.valueOf(year), reporting.councilName()), ReportHtml.of(t, r));
  }
}
