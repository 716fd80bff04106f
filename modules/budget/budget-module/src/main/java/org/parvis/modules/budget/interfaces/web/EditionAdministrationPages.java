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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.interfaces.rest.EditionResource.CalendarBody;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;

/**
 * An edition's administration: its calendar (days in the tenant's time zone, each phase opening at midnight), closing
 * the vote now, and recounting the published results with a public reason. The rules are {@link
 * EditionAdministration}'s and {@link PublishedResults}'; a refused form comes back with its reason (focused) and what
 * was typed.
 */
@Path("/budget/administration/{edition}")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class EditionAdministrationPages {

  @Inject EditionAdministration administration;
  @Inject PublishedResults results;
  @Inject BodyValidator edge;
  @Inject Caller caller;
  @Inject AdministrationPageModels models;
  @Inject PortalViews views;

  @GET
  public Response edition(@PathParam("edition") UUID id, @QueryParam("saved") String saved) {
    Edition edition = administration.edition(id);
    String notice = saved == null ? null : switch (saved) {
      case "created" -> "budget.admin.created";
      case "calendar" -> "budget.admin.rescheduled";
      case "closed" -> "budget.admin.closed";
      case "imported" -> "budget.admin.imported";
      case "recounted" -> "budget.admin.recounted";
      default -> null;
    };
    return models.edition(edition, notice, days(edition), "", Form.empty(), null).response();
  }

  @POST
  @Path("calendar")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reschedule(@PathParam("edition") UUID id, MultivaluedMap<String, String> posted) {
    Edition edition = administration.edition(id);
    return views.submit(Form.of(posted), form -> {
      List<Map<String, String>> errors = new ArrayList<>();
      CalendarBody body = EditionForm.calendar(form.typed(), models.zone(), errors);
      EditionForm.refuseIfAny(errors);
      administration.reschedule(id, edge.check(body).toCalendar());
      return "/budget/administration/" + id + "?saved=calendar";
    }, form -> models.edition(edition, null, form.typed(), "", form, refusal(form)));
  }

  /** Closes the vote now and publishes the results. */
  @POST
  @Path("vote/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeVote(@PathParam("edition") UUID id, MultivaluedMap<String, String> posted) {
    Edition edition = administration.edition(id);
    return views.submit(Form.of(posted), form -> {
      administration.closeVote(id);
      return "/budget/administration/" + id + "?saved=closed";
    }, form -> models.edition(edition, null, days(edition), "", form, refusal(form)));
  }

  /** Counts the ballots again and replaces the published results, with a public reason, as the API's recount. */
  @POST
  @Path("results/recount")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recount(@PathParam("edition") UUID id, MultivaluedMap<String, String> posted) {
    Edition edition = administration.edition(id);
    return views.submit(Form.of(posted), form -> {
      String reason = form.paragraphs("reason", 2000);
      form.requireValid();
      results.recount(id, caller.subject().orElseThrow(), reason.strip());
      return "/budget/administration/" + id + "?saved=recounted";
    }, form -> {
      BudgetMessages m = BudgetPortal.messages(views);
      String why = Refusals.first(form).map(error -> error.key() != null && error.key().startsWith("problem.budget-")
          ? m.get("budget.admin.recount.refused.phase") : m.get("budget.admin.recount.refused.reason")).orElse(null);
      return models.edition(edition, null, days(edition), form.typed("reason"), form, why);
    });
  }

  private Map<String, String> days(Edition edition) {
    return EditionForm.dates(edition.calendar(), models.zone());
  }

  private String refusal(Form form) {
    return AdministrationPageModels.refusal(form, BudgetPortal.messages(views));
  }
}
