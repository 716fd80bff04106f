package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.application.WorksFollowUp.Report;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Milestone;
import org.parvis.modules.budget.domain.WorksStatus;
import org.parvis.modules.budget.interfaces.rest.FollowUpResource.MilestoneBody;
import org.parvis.modules.budget.interfaces.rest.FollowUpResource.StatusBody;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/**
 * Staff report on a funded project's works without the API: its status, progress and public
 * reason for an abandon, and its dated milestones (add, change or mark reached, remove). The rules
 * stay in {@link WorksFollowUp}; residents read the result on the project's page. A refused form
 * comes back with its reason (focused) and what was typed.
 */
@Path("/budget/projects/{project}/follow-up")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class FollowUpPages {

  private static final String INVALID = "urn:parvis:problem:invalid-request";
  private static final List<String> GROUPS = List.of("status", "progress", "reason", "title",
      "plannedOn", "reachedOn");
  private static final String STATUS_FORM = "status";
  private static final String NEW_MILESTONE = "milestone-new";

  @Inject PortalLayout layout;
  @Inject WorksFollowUp works;
  @Inject IdeaBox ideas;
  @Inject BodyValidator edge;

  @GET
  @Path("edit")
  public Response page(@PathParam("project") UUID project, @QueryParam("saved") String saved) {
    return page(project, saved != null ? "budget.works.saved" : null, null, TypedForm.NOTHING, 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(@PathParam("project") UUID project, MultivaluedMap<String, String> form) {
    TypedForm typed = TypedForm.of(STATUS_FORM, form);
    try {
      List<Map<String, String>> errors = new ArrayList<>();
      WorksStatus status = null;
      try {
        status = WorksStatus.valueOf(typed.values().getOrDefault("status", ""));
      } catch (IllegalArgumentException e) {
        errors.add(Map.of("field", "status", "message", "choose a status"));
      }
      int progress = 0;
      try {
        progress = PlainNumbers.wholeInt(typed.values().getOrDefault("progress", "").strip());
      } catch (NumberFormatException e) {
        errors.add(Map.of("field", "progress", "message", "a whole percentage, 0 to 100"));
      }
      refuseIfAny(errors);
      String reason = typed.values().getOrDefault("reason", "").strip();
      StatusBody body = edge.check(new StatusBody(status, progress,
          reason.isEmpty() ? null : reason));
      works.update(project, body.status(), body.progress(), body.reason());
    } catch (ProblemException refused) {
      return page(project, null, refused, typed, layout.refusalStatus(refused));
    }
    return saved(project, "status");
  }

  @POST
  @Path("milestones")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addMilestone(@PathParam("project") UUID project,
      MultivaluedMap<String, String> form) {
    TypedForm typed = TypedForm.of(NEW_MILESTONE, form);
    try {
      MilestoneBody body = milestone(typed);
      works.addMilestone(project, body.title(), body.plannedOn(), body.reachedOn());
    } catch (ProblemException refused) {
      return page(project, null, refused, typed, layout.refusalStatus(refused));
    }
    return saved(project, "milestones");
  }

  @POST
  @Path("milestones/{milestone}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeMilestone(@PathParam("project") UUID project,
      @PathParam("milestone") UUID milestone, MultivaluedMap<String, String> form) {
    TypedForm typed = TypedForm.of("milestone-" + milestone, form);
    try {
      MilestoneBody body = milestone(typed);
      works.changeMilestone(project, milestone, body.title(), body.plannedOn(),
          body.reachedOn());
    } catch (ProblemException refused) {
      return page(project, null, refused, typed, layout.refusalStatus(refused));
    }
    return saved(project, "milestone-" + milestone);
  }

  @POST
  @Path("milestones/{milestone}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response removeMilestone(@PathParam("project") UUID project,
      @PathParam("milestone") UUID milestone, MultivaluedMap<String, String> form) {
    try {
      works.removeMilestone(project, milestone);
    } catch (ProblemException refused) {
      return page(project, null, refused, TypedForm.NOTHING, layout.refusalStatus(refused));
    }
    return saved(project, "milestones");
  }

  private Response page(UUID projectId, String noticeKey, ProblemException refused, TypedForm typed,
      int status) {
    BudgetMessages m = messages();
    Report report;
    try {
      report = works.report(projectId);
    } catch (ProblemException notFunded) {
      if (notFunded.status() != 409) {
        throw notFunded;
      }
      Idea idea = ideas.idea(projectId, true);
      return layout.page(409, m.get("budget.works.title", idea.title()),
          "<p>" + escape(m.get("budget.project.notFunded")) + "</p>");
    }
    Idea project = report.project();
    String csrf = layout.formToken();
    StringBuilder html = new StringBuilder();
    if (noticeKey != null) {
      html.append("<p role=\"status\">").append(escape(m.get(noticeKey))).append("</p>");
    }
    if (refused != null) {
      html.append(alert(refused, m));
    }
    html.append("<p><a href=\"/budget/").append(project.editionId()).append("/projects/")
        .append(project.id()).append("\">").append(escape(m.get("budget.works.publicPage")))
        .append("</a></p>");
    html.append(statusForm(projectId, report, typed, m, csrf));
    html.append("<h2 id=\"milestones\">").append(escape(m.get("budget.followUp.milestones")))
        .append("</h2>");
    if (report.milestones().isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.followUp.noMilestones"))).append("</p>");
    }
    for (Milestone milestone : report.milestones()) {
      html.append(milestoneForms(projectId, milestone, typed, m, csrf));
    }
    html.append("<h3>").append(escape(m.get("budget.works.milestone.add"))).append("</h3>")
        .append("<form method=\"post\" action=\"/budget/projects/").append(projectId)
        .append("/follow-up/milestones\">").append(EditionFormHtml.token(csrf))
        .append(milestoneFields(NEW_MILESTONE, null, typed, m))
        .append("<p><button type=\"submit\">").append(escape(m.get("budget.works.milestone.add")))
        .append("</button></p></form>");
    return layout.page(status, m.get("budget.works.title", project.title()), html.toString());
  }

  private static String statusForm(UUID projectId, Report report, TypedForm typed, BudgetMessages m,
      String csrf) {
    var followUp = report.followUp();
    String chosen = typed.value(STATUS_FORM, "status", followUp.status().name());
    StringBuilder html = new StringBuilder("<h2 id=\"status\">")
        .append(escape(m.get("budget.works.state")))
        .append("</h2><form method=\"post\" action=\"/budget/projects/").append(projectId)
        .append("/follow-up\">").append(EditionFormHtml.token(csrf)).append("<fieldset><legend>")
        .append(escape(m.get("budget.works.status"))).append("</legend>");
    for (WorksStatus status : WorksStatus.values()) {
      String id = "works-status-" + status;
      html.append("<p><input type=\"radio\" id=\"").append(id)
          .append("\" name=\"status\" value=\"").append(status).append("\" required")
          .append(status.name().equals(chosen) ? " checked" : "").append("> <label for=\"")
          .append(id).append("\">").append(escape(m.get("budget.followUp.status." + status)))
          .append("</label></p>");
    }
    String progress = typed.value(STATUS_FORM, "progress", String.valueOf(followUp.progress()));
    String reason = typed.value(STATUS_FORM, "reason",
        followUp.abandonReason() == null ? "" : followUp.abandonReason());
    return html.append("</fieldset><p><label for=\"works-progress\">")
        .append(escape(m.get("budget.works.progress"))).append("</label> <input type=\"number\"")
        .append(" id=\"works-progress\" name=\"progress\" min=\"0\" max=\"100\" step=\"1\"")
        .append(" required value=\"").append(escape(progress)).append("\"></p>")
        .append("<p><label for=\"works-reason\">").append(escape(m.get("budget.works.reason")))
        .append("</label><br><textarea id=\"works-reason\" name=\"reason\" rows=\"3\" cols=\"60\"")
        .append(" maxlength=\"2000\">").append(escape(reason)).append("</textarea></p>")
        .append("<p><button type=\"submit\">").append(escape(m.get("budget.works.state.submit")))
        .append("</button></p></form>").toString();
  }

  private static String milestoneForms(UUID projectId, Milestone milestone, TypedForm typed,
      BudgetMessages m, String csrf) {
    String form = "milestone-" + milestone.id();
    String base = "/budget/projects/" + projectId + "/follow-up/milestones/" + milestone.id();
    return "<section id=\"" + form + "\"><h3>" + escape(milestone.title()) + "</h3>"
        + "<form method=\"post\" action=\"" + base + "\">" + EditionFormHtml.token(csrf)
        + milestoneFields(form, milestone, typed, m) + "<p><button type=\"submit\">"
        + escape(m.get("budget.works.milestone.change")) + "</button></p></form>"
        + "<form method=\"post\" action=\"" + base + "/remove\">" + EditionFormHtml.token(csrf)
        + "<p><button type=\"submit\">"
        + escape(m.get("budget.works.milestone.remove", milestone.title()))
        + "</button></p></form></section>";
  }

  private static String milestoneFields(String form, Milestone milestone, TypedForm typed,
      BudgetMessages m) {
    String title = typed.value(form, "title", milestone == null ? "" : milestone.title());
    String planned = typed.value(form, "plannedOn",
        milestone == null ? "" : milestone.plannedOn().toString());
    String reached = typed.value(form, "reachedOn",
        milestone == null || milestone.reachedOn() == null ? "" : milestone.reachedOn().toString());
    return field(form, "title", "text", m.get("budget.works.milestone.title"), title,
            " required maxlength=\"200\"")
        + field(form, "plannedOn", "date", m.get("budget.works.milestone.plannedOn"), planned,
            " required")
        + field(form, "reachedOn", "date", m.get("budget.works.milestone.reachedOn"), reached, "");
  }

  private static String field(String form, String name, String type, String label, String value,
      String attributes) {
    String id = form + "-" + name;
    return "<p><label for=\"" + id + "\">" + escape(label) + "</label> <input type=\"" + type
        + "\" id=\"" + id + "\" name=\"" + name + "\" value=\"" + escape(value) + "\"" + attributes
        + "></p>";
  }

  /** The typed milestone, checked by the API's constraints. */
  private MilestoneBody milestone(TypedForm typed) {
    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate planned = day(typed, "plannedOn", errors);
    LocalDate reached = day(typed, "reachedOn", errors);
    refuseIfAny(errors);
    return edge.check(new MilestoneBody(typed.values().getOrDefault("title", "").strip(),
        planned, reached));
  }

  private static LocalDate day(TypedForm typed, String field, List<Map<String, String>> errors) {
    String text = typed.values().getOrDefault(field, "").strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(Map.of("field", field, "message", "is not a day (yyyy-mm-dd)"));
      return null;
    }
  }

  private static void refuseIfAny(List<Map<String, String>> errors) {
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(INVALID, "Invalid follow-up", errors);
    }
  }

  private static String alert(ProblemException refused, BudgetMessages m) {
    String reason = switch (refused.status()) {
      case 400, 422 -> m.get("budget.works.refused.invalid", RefusedFields.labels(refused,
          field -> GROUPS.contains(field) ? field : null, GROUPS,
          g -> m.get("budget.works.field." + g)));
      case 404 -> m.get("budget.works.refused.gone");
      case 409 -> m.get("budget.project.notFunded");
      default -> m.get("budget.works.refused.other");
    };
    return "<p role=\"alert\" id=\"works-error\" tabindex=\"-1\" autofocus>" + escape(reason)
        + "</p>";
  }

  private static Response saved(UUID project, String anchor) {
    return Response.seeOther(URI.create("/budget/projects/" + project
        + "/follow-up/edit?saved=true#" + anchor)).build();
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }
}
