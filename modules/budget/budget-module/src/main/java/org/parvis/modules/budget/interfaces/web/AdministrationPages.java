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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.EditionAdministration.EnvelopeSpec;
import org.parvis.modules.budget.application.PabulibImport;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.interfaces.rest.EditionResource.CalendarBody;
import org.parvis.modules.budget.interfaces.rest.EditionResource.EditionBody;
import org.parvis.modules.budget.interfaces.rest.ResultsResource.RecountBody;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalLayout;

/**
 * The administration of the participatory budget's editions, without the API: the editions with
 * their phase and dates, a form to create one, and per edition its calendar to move, a button to
 * close the vote now, then a form to recount the published results (with the past recounts).
 * Dates are days in the tenant's time zone, each phase opening at midnight. The rules and refusals are {@link EditionAdministration}'s and the API's body constraints; a
 * refused form comes back with its reason (focused) and what was typed.
 */
@Path("/budget/administration")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdministrationPages {

  @Inject PortalLayout layout;
  @Inject EditionAdministration administration;
  @Inject BodyValidator edge;
  @Inject ModuleSettings settings;
  @Inject CurrentTenant tenant;
  @Inject PabulibImport importer;
  @Inject Caller caller;
  @Inject PublishedResults results;

  /** The form field of the recount's reason, kept with the calendar's when a form is refused. */
  private static final String RECOUNT_REASON = "reason";

  @GET
  public Response editions() {
    return editionsPage(null, EditionForm.defaults(defaultRule(), messages()), 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> form) {
    Map<String, String> typed = TypedForm.fields(form);
    Edition created;
    try {
      EditionBody body = edge.check(EditionForm.body(typed, zone()));
      var rules = rules(body);
      created = administration.create(body.title().strip(), body.allocationRule(), rules,
          body.calendar().toCalendar(),
          body.envelopes().stream()
              .map(e -> new EnvelopeSpec(e.name().strip(), e.amount(), e.district()))
              .toList(),
          body.equalShares().utility(), body.equalShares().completion());
    } catch (ProblemException refused) {
      return editionsPage(reason(refused, messages()), typed, layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/administration/" + created.id()
        + "?saved=created")).build();
  }

  /**
   * Imports a past edition from a Pabulib file (multipart: {@code csrf}, {@code file}, {@code
   * rule}, empty for the file's own); a malformed file shows the page again with the importer's
   * message and line.
   */
  @POST
  @Path("pabulib")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importPabulib(List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts);
    String rule = form.field("rule");
    Map<String, String> typed = EditionForm.defaults(defaultRule(), messages());
    typed.put("pabulibRule", rule);
    PabulibImport.Done done;
    try {
      var file = form.file("file", "upload.pb")
          .orElseThrow(() -> BudgetProblems.invalid("file", "choose a .pb file"));
      if (file.content().length > org.parvis.spi.files.Attachments.MAX_BYTES) {
        throw new ProblemException(413, "about:blank", "Payload Too Large",
            "a Pabulib file of at most 10 MB in the portal");
      }
      done = importer.importFile(file.filename(), file.content(), rule,
          caller.subject().orElseThrow());
    } catch (ProblemException refused) {
      return editionsPage(importReason(refused, messages()), typed,
          layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/administration/" + done.edition().id()
        + "?saved=imported")).build();
  }

  @GET
  @Path("{edition}")
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
    return editionPage(edition, notice, null, EditionForm.dates(edition.calendar(), zone()), 200);
  }

  @POST
  @Path("{edition}/calendar")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reschedule(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = administration.edition(id);
    Map<String, String> typed = TypedForm.fields(form);
    try {
      List<Map<String, String>> errors = new ArrayList<>();
      CalendarBody body = EditionForm.calendar(typed, zone(), errors);
      EditionForm.refuseIfAny(errors);
      administration.reschedule(id, edge.check(body).toCalendar());
    } catch (ProblemException refused) {
      return editionPage(edition, null, reason(refused, messages()), typed,
          layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/administration/" + id + "?saved=calendar"))
        .build();
  }

  /** Closes the vote now and publishes the results (form: {@code csrf}). */
  @POST
  @Path("{edition}/vote/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeVote(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = administration.edition(id);
    try {
      administration.closeVote(id);
    } catch (ProblemException refused) {
      return editionPage(edition, null, reason(refused, messages()),
          EditionForm.dates(edition.calendar(), zone()), layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/administration/" + id + "?saved=closed"))
        .build();
  }

  /**
   * Counts the ballots again and replaces the published results, as the API's recount does (form:
   * {@code csrf}, {@code reason}, public and required); a refusal shows the page again with the
   * reason typed.
   */
  @POST
  @Path("{edition}/results/recount")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recount(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = administration.edition(id);
    String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason");
    try {
      RecountBody body = edge.check(new RecountBody(reason.strip()));
      results.recount(id, caller.subject().orElseThrow(), body.reason());
    } catch (ProblemException refused) {
      Map<String, String> typed = new LinkedHashMap<>(EditionForm.dates(edition.calendar(), zone()));
      typed.put(RECOUNT_REASON, reason);
      return editionPage(edition, null, recountReason(refused, messages()), typed,
          layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/administration/" + id + "?saved=recounted"))
        .build();
  }

  private Response editionsPage(String refusal, Map<String, String> typed, int status) {
    BudgetMessages m = messages();
    ZoneId zone = zone();
    StringBuilder html = new StringBuilder();
    if (refusal != null) {
      html.append(alert(refusal));
    }
    List<Edition> all = administration.all();
    html.append("<h2>").append(escape(m.get("budget.admin.editions"))).append("</h2>");
    if (all.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.none"))).append("</p>");
    } else {
      html.append("<table><thead><tr><th scope=\"col\">")
          .append(escape(m.get("budget.admin.title"))).append("</th><th scope=\"col\">")
          .append(escape(m.get("budget.admin.phase"))).append("</th>");
      for (String field : EditionForm.DATES) {
        html.append("<th scope=\"col\">").append(escape(m.get("budget.admin.date." + field)))
            .append("</th>");
      }
      html.append("</tr></thead><tbody>");
      Instant now = Instant.now();
      for (Edition e : all) {
        html.append("<tr><th scope=\"row\"><a href=\"/budget/administration/").append(e.id())
            .append("\">").append(escape(e.title())).append("</a></th><td>")
            .append(escape(m.get("budget.phase." + e.phaseAt(now)))).append("</td>");
        Map<String, String> dates = EditionForm.dates(e.calendar(), zone);
        for (String field : EditionForm.DATES) {
          html.append("<td>").append(LocalTimes.dayHtml(LocalDate.parse(dates.get(field)),
              m.locale())).append("</td>");
        }
        html.append("</tr>");
      }
      html.append("</tbody></table>");
    }
    html.append(EditionFormHtml.creation(typed, m, layout.formToken(), zone));
    html.append(EditionFormHtml.pabulib(typed, m, layout.formToken()));
    return layout.page(status, m.get("budget.admin.pageTitle"), html.toString());
  }

  private Response editionPage(Edition edition, String noticeKey, String refusal,
      Map<String, String> typed, int status) {
    BudgetMessages m = messages();
    Phase phase = edition.phaseAt(Instant.now());
    StringBuilder html = new StringBuilder();
    if (noticeKey != null) {
      html.append("<p role=\"status\">").append(escape(m.get(noticeKey))).append("</p>");
    }
    if (refusal != null) {
      html.append(alert(refusal));
    }
    html.append("<p>").append(escape(m.get("budget.currentPhase", m.get("budget.phase." + phase))))
        .append("</p><p><a href=\"/budget/").append(edition.id()).append("\">")
        .append(escape(m.get("budget.admin.publicPage"))).append("</a></p>");
    html.append(EditionFormHtml.schedule(edition.id(), typed, m, layout.formToken(), zone()));
    html.append("<h2>").append(escape(m.get("budget.admin.closeVote"))).append("</h2>");
    if (phase.isAtLeast(Phase.RESULTS)) {
      html.append("<p>").append(escape(m.get("budget.admin.voteClosed"))).append(" <a href=\"/budget/")
          .append(edition.id()).append("/results\">").append(escape(m.get("budget.results")))
          .append("</a></p>");
    } else {
      html.append("<form method=\"post\" action=\"/budget/administration/").append(edition.id())
          .append("/vote/close\">").append(EditionFormHtml.token(layout.formToken()))
          .append("<p id=\"close-help\">").append(escape(m.get("budget.admin.closeVote.help")))
          .append("</p><p><button type=\"submit\" aria-describedby=\"close-help\">")
          .append(escape(m.get("budget.admin.closeVote.submit"))).append("</button></p></form>");
    }
    if (phase.isAtLeast(Phase.RESULTS) && results.published(edition.id())) {
      html.append(RecountHtml.of(edition.id(), results.recounts(edition.id()),
          typed.getOrDefault(RECOUNT_REASON, ""), m, layout.formToken(), zone()));
    }
    html.append("<p><a href=\"/budget/administration\">")
        .append(escape(m.get("budget.admin.back"))).append("</a></p>");
    return layout.page(status, m.get("budget.admin.editionTitle", edition.title()),
        html.toString());
  }

  /** Why a creation, a calendar or a closing was refused, naming the parts of the form to fix. */
  private static String reason(ProblemException refused, BudgetMessages m) {
    String type = refused.type() == null ? "" : refused.type();
    return switch (refused.status()) {
      case 400, 422 -> m.get("budget.admin.refused.invalid", RefusedFields.labels(refused,
          EditionForm::group, EditionForm.GROUPS, g -> m.get("budget.admin.check." + g)));
      case 409 -> m.get(type.equals(BudgetProblems.RESULTS_PUBLISHED)
          ? "budget.admin.refused.published" : "budget.admin.refused.other");
      default -> m.get("budget.admin.refused.other");
    };
  }

  /** Why a recount was refused: no public reason, or not once the vote is closed. */
  private static String recountReason(ProblemException refused, BudgetMessages m) {
    return switch (refused.status()) {
      case 400, 422 -> m.get("budget.admin.recount.refused.reason");
      case 409 -> m.get("budget.admin.recount.refused.phase");
      default -> m.get("budget.admin.refused.other");
    };
  }

  /** Why a Pabulib file was not imported: the importer's own words and line, when malformed. */
  private static String importReason(ProblemException refused, BudgetMessages m) {
    if (PabulibImport.MALFORMED.equals(refused.type())) {
      return m.get("budget.admin.pabulib.malformed", refused.extensions().get("line"),
          refused.getMessage());
    }
    return switch (refused.status()) {
      case 413 -> m.get("budget.admin.pabulib.tooLarge");
      case 400, 422 -> m.get("budget.admin.pabulib.invalid");
      default -> m.get("budget.admin.refused.other");
    };
  }

  /** The refusal, focused on arrival so that the next Tab leads back into the form. */
  private static String alert(String reason) {
    return "<p role=\"alert\" id=\"admin-error\" tabindex=\"-1\" autofocus>" + escape(reason)
        + "</p>";
  }

  private static BallotRules rules(EditionBody body) {
    try {
      return body.ballot().toRules();
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid("ballot", e.getMessage());
    }
  }

  private String defaultRule() {
    return settings.get(BudgetModule.ID, BudgetModule.DEFAULT_RULE);
  }

  private ZoneId zone() {
    return tenant.require().zone();
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }
}
