package org.parvis.modules.budget.interfaces.web;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.application.WorksFollowUp.Report;
import org.parvis.modules.budget.domain.FollowUp;
import org.parvis.modules.budget.domain.Milestone;
import org.parvis.modules.budget.domain.WorksStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * Staff report on a funded project's works without the API: its status, progress and public reason for an abandon,
 * and its dated milestones (add, change or mark reached, remove). The rules stay in {@link WorksFollowUp}; residents
 * read the result on the project's page. A refused form comes back with its reason (focused) and what was typed.
 */
@Path("/budget/projects/{project}/follow-up")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class FollowUpPages {

  /** The fields a refusal may name, in the page's order. */
  private static final List<String> FIELDS = List.of("status", "progress", "reason", "title", "plannedOn",
      "reachedOn");
  private static final String STATUS_FORM = "status";
  private static final String NEW_MILESTONE = "milestone-new";

  /** The page: the status form's values, the milestones' forms, the new milestone's form. */
  public record WorksPage(UUID project, UUID edition, List<Option> statuses, String progress, String reason,
      List<MilestoneForm> milestones, MilestoneForm added) {}

  /** A status to choose. */
  public record Option(String value, String label, boolean checked) {}

  /** A milestone's form ({@code id} null for the new one), with its values. */
  public record MilestoneForm(String form, UUID id, String name, String title, String plannedOn, String reachedOn) {}

  @Inject WorksFollowUp works;
  @Inject IdeaBox ideas;
  @Inject PortalViews views;

  @GET
  @Path("edit")
  public Response page(@PathParam("project") UUID project, @QueryParam("saved") String saved) {
    return page(project, saved != null ? "budget.works.saved" : null, Form.empty(), "").response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(@PathParam("project") UUID project, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      WorksStatus status = form.choice("status", WorksStatus.class);
      int progress = (int) form.wholeNumber("progress", 0, 100);
      String reason = form.optionalParagraphs("reason", 2000).map(String::strip).orElse(null);
      form.requireValid();
      works.update(project, status, progress, reason);
      return saved(project, "status");
    }, form -> page(project, null, form, STATUS_FORM));
  }

  @POST
  @Path("milestones")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addMilestone(@PathParam("project") UUID project, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String title = form.text("title", 200);
      LocalDate planned = form.date("plannedOn");
      LocalDate reached = form.optionalDate("reachedOn").orElse(null);
      form.requireValid();
      works.addMilestone(project, title, planned, reached);
      return saved(project, "milestones");
    }, form -> page(project, null, form, NEW_MILESTONE));
  }

  @POST
  @Path("milestones/{milestone}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeMilestone(@PathParam("project") UUID project, @PathParam("milestone") UUID milestone,
      MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String title = form.text("title", 200);
      LocalDate planned = form.date("plannedOn");
      LocalDate reached = form.optionalDate("reachedOn").orElse(null);
      form.requireValid();
      works.changeMilestone(project, milestone, title, planned, reached);
      return saved(project, "milestone-" + milestone);
    }, form -> page(project, null, form, "milestone-" + milestone));
  }

  @POST
  @Path("milestones/{milestone}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response removeMilestone(@PathParam("project") UUID project, @PathParam("milestone") UUID milestone,
      MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      works.removeMilestone(project, milestone);
      return saved(project, "milestones");
    }, form -> page(project, null, form, ""));
  }

  private View page(UUID projectId, String noticeKey, Form form, String refused) {
    BudgetMessages m = BudgetPortal.messages(views);
    Report report;
    try {
      report = works.report(projectId);
    } catch (ProblemException notFunded) {
      if (notFunded.status() != 409) {
        throw notFunded;
      }
      return views.page("budget/works", m.get("budget.works.title", ideas.idea(projectId, true).title()))
          .with("works", "").with("notice", "").with("refusal", "").status(409);
    }
    FollowUp f = report.followUp();
    boolean status = STATUS_FORM.equals(refused);
    String chosen = status ? form.typed("status") : f.status().name();
    List<Option> statuses = Arrays.stream(WorksStatus.values())
        .map(s -> new Option(s.name(), m.get("budget.followUp.status." + s), s.name().equals(chosen))).toList();
    List<MilestoneForm> milestones = report.milestones().stream()
        .map(s -> milestone("milestone-" + s.id(), s, refused, form)).toList();
    WorksPage page = new WorksPage(projectId, report.project().editionId(), statuses,
        status ? form.typed("progress") : String.valueOf(f.progress()),
        status ? form.typed("reason") : f.abandonReason() == null ? "" : f.abandonReason(), milestones,
        milestone(NEW_MILESTONE, null, refused, form));
    String refusal = Refusals.first(form).map(error -> {
      List<String> named = FIELDS.stream().filter(field -> form.error(field).isPresent()).toList();
      return m.get("budget.works.refused.invalid", (named.isEmpty() ? FIELDS : named).stream()
          .map(field -> m.get("budget.works.field." + field)).collect(Collectors.joining(", ")));
    }).orElse("");
    return views.page("budget/works", m.get("budget.works.title", report.project().title()))
        .with("works", page).with("notice", noticeKey == null ? "" : m.get(noticeKey)).with("refusal", refusal)
        .form(form);
  }

  private static MilestoneForm milestone(String name, Milestone milestone, String refused, Form form) {
    if (name.equals(refused)) {
      return new MilestoneForm(name, milestone == null ? null : milestone.id(),
          milestone == null ? "" : milestone.title(), form.typed("title"), form.typed("plannedOn"),
          form.typed("reachedOn"));
    }
    return milestone == null ? new MilestoneForm(name, null, "", "", "", "")
        : new MilestoneForm(name, milestone.id(), milestone.title(), milestone.title(),
            milestone.plannedOn().toString(), milestone.reachedOn() == null ? "" : milestone.reachedOn().toString());
  }

  private static String saved(UUID project, String anchor) {
    return "/budget/projects/" + project + "/follow-up/edit?saved=true#" + anchor;
  }
}
