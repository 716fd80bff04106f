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
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.modules.budget.domain.Money;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * Staff's feasibility review of an edition's ideas, without the API: per idea, a verdict (feasible at a final cost,
 * or infeasible) with its public reason, and a form to merge a duplicate into another idea. The rules stay in {@link
 * IdeaBox}; a refused form comes back with its reason (focused) and what was typed.
 */
@Path("/budget/{edition}/review")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

  /** An idea to review: its review form's values ({@code verdict}, {@code cost}, {@code reason}), its merge form's. */
  public record Reviewed(UUID id, String title, String status, String estimatedCost, boolean merged, String verdict,
      String cost, String reason, boolean mergeOpen, List<Other> others, String into, String mergeReason) {}

  /** Another idea this one may be merged into. */
  public record Other(String id, String title) {}

  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject PortalViews views;

  @GET
  public Response page(@PathParam("edition") UUID id, @QueryParam("saved") String saved) {
    return page(id, saved != null ? "budget.review.saved" : null, Form.empty(), "").response();
  }

  @POST
  @Path("{idea}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response review(@PathParam("edition") UUID id, @PathParam("idea") UUID ideaId,
      MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      ideaOf(id, ideaId);
      String verdict = form.choice("verdict", List.of("feasible", "infeasible"));
      Long cost = form.optionalWholeNumber("finalCost", 0, Money.MAX).stream().boxed().findFirst().orElse(null);
      String reason = form.paragraphs("reason", 2000);
      form.requireValid();
      ideas.review(ideaId, "feasible".equals(verdict), reason.strip(), cost);
      return saved(id, ideaId);
    }, form -> page(id, null, form, "review-" + ideaId));
  }

  @POST
  @Path("{idea}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("edition") UUID id, @PathParam("idea") UUID ideaId,
      MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      ideaOf(id, ideaId);
      UUID into = form.id("into");
      String reason = form.optionalParagraphs("reason", 2000).map(String::strip).orElse(null);
      form.requireValid();
      ideaOf(id, into);
      ideas.merge(ideaId, into, reason);
      return saved(id, ideaId);
    }, form -> page(id, null, form, "merge-" + ideaId));
  }

  private View page(UUID id, String noticeKey, Form form, String refused) {
    BudgetMessages m = BudgetPortal.messages(views);
    Edition edition = editions.edition(id);
    List<Idea> all = ideas.ideas(id, true);
    List<Reviewed> reviewed = all.stream().map(idea -> {
      boolean review = refused.equals("review-" + idea.id());
      boolean merge = refused.equals("merge-" + idea.id());
      List<Other> others = all.stream().filter(o -> !o.id().equals(idea.id()) && o.status() != IdeaStatus.MERGED)
          .map(o -> new Other(o.id().toString(), o.title())).toList();
      return new Reviewed(idea.id(), idea.title(), m.get("budget.review.status." + idea.status())
          + (idea.publicReason() == null ? "" : " — " + idea.publicReason()),
          m.get("budget.estimatedCost", idea.estimatedCost()), idea.status() == IdeaStatus.MERGED,
          review ? form.typed("verdict") : "",
          review ? form.typed("finalCost") : idea.finalCost() == null ? "" : String.valueOf(idea.finalCost()),
          review ? form.typed("reason") : "", merge, others, merge ? form.typed("into") : "",
          merge ? form.typed("reason") : "");
    }).toList();
    return views.page("budget/review", m.get("budget.review.title", edition.title()))
        .with("edition", id).with("ideas", reviewed)
        .with("notice", noticeKey == null ? "" : m.get(noticeKey))
        .with("refusal", Refusals.first(form).map(e -> m.get("budget.review.refused", reason(e, m))).orElse(""))
        .form(form);
  }

  /** Why a review or a merge was refused, as staff read it. */
  private static String reason(FieldError error, BudgetMessages m) {
    if (Refusals.binder(error) || "problem.invalid-request".equals(error.key())) {
      return m.get("budget.review.refused.invalid");
    }
    return switch (error.key() == null ? "" : error.key()) {
      case "problem.budget-wrong-phase" -> m.get("budget.review.refused.phase");
      case "problem.budget-idea-merged" -> m.get("budget.review.refused.merged");
      default -> Refusals.text(error, Texts.of("messages.budget", m.locale()));
    };
  }

  private Idea ideaOf(UUID edition, UUID ideaId) {
    Idea idea = ideas.idea(ideaId, true);
    if (!idea.editionId().equals(edition)) {
      throw ProblemException.notFound("No such idea in this edition");
    }
    return idea;
  }

  private static String saved(UUID edition, UUID idea) {
    return "/budget/" + edition + "/review?saved=" + idea + "#idea-" + idea;
  }
}
