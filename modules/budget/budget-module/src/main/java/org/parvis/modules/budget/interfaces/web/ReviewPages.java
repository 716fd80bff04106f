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
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.modules.budget.interfaces.rest.IdeaResource.MergeBody;
import org.parvis.modules.budget.interfaces.rest.IdeaResource.ReviewBody;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/**
 * Staff's feasibility review of an edition's ideas, without the API: per idea, a verdict (feasible
 * at a final cost, or infeasible) with its public reason, and a form to merge a duplicate into
 * another idea. The rules stay in {@link IdeaBox}; a refused form comes back with its reason
 * (focused) and what was typed.
 */
@Path("/budget/{edition}/review")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

  private static final String INVALID = "urn:parvis:problem:invalid-request";

  @Inject PortalLayout layout;
  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject BodyValidator edge;

  @GET
  public Response page(@PathParam("edition") UUID id, @QueryParam("saved") String saved) {
    return page(id, saved != null ? "budget.review.saved" : null, null, TypedForm.NOTHING, 200);
  }

  @POST
  @Path("{idea}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response review(@PathParam("edition") UUID id, @PathParam("idea") UUID ideaId,
      MultivaluedMap<String, String> form) {
    TypedForm typed = TypedForm.of("review-" + ideaId, form);
    try {
      ideaOf(id, ideaId);
      String verdict = typed.values().getOrDefault("verdict", "");
      if (!verdict.equals("feasible") && !verdict.equals("infeasible")) {
        throw ProblemException.invalidField(INVALID, "verdict", "choose feasible or infeasible");
      }
      Long finalCost = cost(typed.values().getOrDefault("finalCost", "").strip());
      ReviewBody body = edge.check(new ReviewBody(verdict.equals("feasible"),
          typed.values().getOrDefault("reason", "").strip(), finalCost));
      ideas.review(ideaId, body.feasible(), body.reason(), body.finalCost());
    } catch (ProblemException refused) {
      return page(id, null, refused, typed, layout.refusalStatus(refused));
    }
    return saved(id, ideaId);
  }

  @POST
  @Path("{idea}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("edition") UUID id, @PathParam("idea") UUID ideaId,
      MultivaluedMap<String, String> form) {
    TypedForm typed = TypedForm.of("merge-" + ideaId, form);
    try {
      ideaOf(id, ideaId);
      UUID into = uuid(typed.values().getOrDefault("into", ""));
      ideaOf(id, into);
      String reason = typed.values().getOrDefault("reason", "").strip();
      MergeBody body = edge.check(new MergeBody(into, reason.isEmpty() ? null : reason));
      ideas.merge(ideaId, body.into(), body.reason());
    } catch (ProblemException refused) {
      return page(id, null, refused, typed, layout.refusalStatus(refused));
    }
    return saved(id, ideaId);
  }

  private Response page(UUID id, String noticeKey, ProblemException refused, TypedForm typed,
      int status) {
    BudgetMessages m = messages();
    Edition edition = editions.edition(id);
    List<Idea> all = ideas.ideas(id, true);
    String csrf = layout.formToken();
    StringBuilder html = new StringBuilder();
    if (noticeKey != null) {
      html.append("<p role=\"status\">").append(escape(m.get(noticeKey))).append("</p>");
    }
    if (refused != null) {
      html.append("<p role=\"alert\" id=\"review-error\" tabindex=\"-1\" autofocus>")
          .append(escape(m.get("budget.review.refused", m.get("budget.review.refused."
              + reason(refused))))).append("</p>");
    }
    if (all.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.noIdeas"))).append("</p>");
    }
    for (Idea idea : all) {
      html.append("<section id=\"idea-").append(idea.id()).append("\"><h2>")
          .append(escape(idea.title())).append("</h2><p>")
          .append(escape(m.get("budget.review.status." + idea.status())))
          .append(idea.publicReason() == null ? "" : " — " + escape(idea.publicReason()))
          .append("</p><p>").append(escape(m.get("budget.estimatedCost", idea.estimatedCost())))
          .append("</p>");
      if (idea.status() != IdeaStatus.MERGED) {
        html.append(reviewForm(id, idea, typed, m, csrf));
        List<Idea> others = all.stream()
            .filter(o -> !o.id().equals(idea.id()) && o.status() != IdeaStatus.MERGED).toList();
        if (!others.isEmpty()) {
          html.append(mergeForm(id, idea, others, typed, m, csrf));
        }
      }
      html.append("</section>");
    }
    return layout.page(status, m.get("budget.review.title", edition.title()), html.toString());
  }

  private static String reviewForm(UUID edition, Idea idea, TypedForm typed, BudgetMessages m,
      String csrf) {
    String form = "review-" + idea.id();
    String verdict = typed.value(form, "verdict");
    String cost = typed.form().equals(form) ? typed.value(form, "finalCost")
        : idea.finalCost() == null ? "" : String.valueOf(idea.finalCost());
    return "<form method=\"post\" action=\"/budget/" + edition + "/review/" + idea.id() + "\">"
        + token(csrf) + "<fieldset><legend>" + escape(m.get("budget.review.verdict"))
        + "</legend>"
        + radio(form, "feasible", verdict, m) + radio(form, "infeasible", verdict, m)
        + "</fieldset><p><label for=\"" + form + "-cost\">"
        + escape(m.get("budget.review.finalCost")) + "</label> <input type=\"number\" min=\"0\""
        + " step=\"1\" id=\"" + form + "-cost\" name=\"finalCost\" value=\"" + escape(cost)
        + "\"></p><p><label for=\"" + form + "-reason\">"
        + escape(m.get("budget.review.reason")) + "</label><br><textarea id=\"" + form
        + "-reason\" name=\"reason\" rows=\"3\" cols=\"60\" required maxlength=\"2000\">"
        + escape(typed.value(form, "reason")) + "</textarea></p><p><button type=\"submit\">"
        + escape(m.get("budget.review.submit")) + "</button></p></form>";
  }

  private static String radio(String form, String value, String checked, BudgetMessages m) {
    String id = form + "-" + value;
    return "<p><input type=\"radio\" id=\"" + id + "\" name=\"verdict\" value=\"" + value
        + "\" required" + (value.equals(checked) ? " checked" : "") + "> <label for=\"" + id
        + "\">" + escape(m.get("budget.review." + value)) + "</label></p>";
  }

  private static String mergeForm(UUID edition, Idea idea, List<Idea> others, TypedForm typed,
      BudgetMessages m, String csrf) {
    String form = "merge-" + idea.id();
    String chosen = typed.value(form, "into");
    StringBuilder options = new StringBuilder();
    for (Idea other : others) {
      options.append("<option value=\"").append(other.id()).append("\"")
          .append(other.id().toString().equals(chosen) ? " selected" : "").append(">")
          .append(escape(other.title())).append("</option>");
    }
    return "<details" + (typed.form().equals(form) ? " open" : "") + "><summary>"
        + escape(m.get("budget.review.merge")) + "</summary><form method=\"post\" action=\"/budget/"
        + edition + "/review/" + idea.id() + "/merge\">" + token(csrf) + "<p><label for=\""
        + form + "-into\">" + escape(m.get("budget.review.mergeInto")) + "</label> <select id=\""
        + form + "-into\" name=\"into\" required>" + options + "</select></p><p><label for=\""
        + form + "-reason\">" + escape(m.get("budget.review.mergeReason"))
        + "</label><br><textarea id=\"" + form + "-reason\" name=\"reason\" rows=\"2\""
        + " cols=\"60\" maxlength=\"2000\">" + escape(typed.value(form, "reason"))
        + "</textarea></p><p><button type=\"submit\">" + escape(m.get("budget.review.mergeSubmit"))
        + "</button></p></form></details>";
  }

  private static String token(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
  }

  private static String reason(ProblemException refused) {
    String type = refused.type() == null ? "" : refused.type();
    return switch (refused.status()) {
      case 400, 422 -> "invalid";
      case 404 -> "gone";
      case 409 -> type.endsWith("wrong-phase") ? "phase"
          : type.endsWith("idea-merged") ? "merged" : "other";
      default -> "other";
    };
  }

  private Idea ideaOf(UUID edition, UUID ideaId) {
    Idea idea = ideas.idea(ideaId, true);
    if (!idea.editionId().equals(edition)) {
      throw ProblemException.notFound("No such idea in this edition");
    }
    return idea;
  }

  private static Long cost(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return PlainNumbers.whole(text);
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField(INVALID, "finalCost", "must be a whole number of euros");
    }
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(INVALID, "into", "choose an idea");
    }
  }

  private static Response saved(UUID edition, UUID idea) {
    return Response.seeOther(URI.create("/budget/" + edition + "/review?saved=" + idea
        + "#idea-" + idea)).build();
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }
}
