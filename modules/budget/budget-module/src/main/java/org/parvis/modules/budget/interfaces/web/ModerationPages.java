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
import org.parvis.modules.budget.application.Conversation;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.Comment;
import org.parvis.modules.budget.domain.Discussion.Reported;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The moderators' queue of reported ideas and comments, most reported first: what was reported, how many times and
 * why, and a form to hide it with a public reason (kept when refused). The rules stay in {@link Conversation} and
 * {@link IdeaBox}.
 */
@Path("/budget/moderation")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

  /** A reported item: an idea (a link to its page) or a comment (its text); {@code hidden} says why, if hidden. */
  public record Item(String kind, UUID id, String label, String title, String href, String quote, String hidden,
      boolean gone, String reports, List<String> reasons, String typed) {}

  @Inject Conversation conversation;
  @Inject IdeaBox ideas;
  @Inject PortalViews views;

  @GET
  public Response queue(@QueryParam("hidden") String hidden) {
    return page(hidden != null ? "budget.moderation.hidden" : null, Form.empty(), null).response();
  }

  /** Hides a reported idea or comment ({@code kind}: {@code idea} or {@code comment}) with a public reason. */
  @POST
  @Path("{kind}/{item}/hide")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response hide(@PathParam("kind") String kind, @PathParam("item") UUID item,
      MultivaluedMap<String, String> posted) {
    if (!"idea".equals(kind) && !"comment".equals(kind)) {
      throw ProblemException.notFound("No such kind of content");
    }
    return views.submit(Form.of(posted), form -> {
      String why = form.paragraphs("reason", 2000);
      form.requireValid();
      if ("idea".equals(kind)) {
        ideas.hide(item, why.strip());
      } else {
        conversation.hideComment(item, why.strip());
      }
      return "/budget/moderation?hidden=" + item;
    }, form -> page(null, form, item));
  }

  private View page(String noticeKey, Form form, UUID refusedItem) {
    BudgetMessages m = BudgetPortal.messages(views);
    List<Item> items = conversation.reported().stream().map(r -> item(r, form, refusedItem, m)).toList();
    String refusal = Refusals.first(form).map(error -> m.get("budget.moderation.refused",
        Refusals.binder(error) ? m.get("budget.moderation.refused.reason")
            : Refusals.text(error, Texts.of("messages.budget", m.locale())))).orElse(null);
    return views.page("budget/moderation", m.get("budget.moderation.title"))
        .with("notice", noticeKey == null ? "" : m.get(noticeKey)).with("refusal", refusal == null ? "" : refusal)
        .with("items", items).form(form);
  }

  private Item item(Reported r, Form form, UUID refusedItem, BudgetMessages m) {
    String typed = r.id().equals(refusedItem) ? form.typed("reason") : "";
    String reports = m.get("budget.moderation.reports", r.reports());
    try {
      if ("idea".equals(r.kind())) {
        Idea idea = ideas.idea(r.id(), true);
        return new Item(r.kind(), r.id(), m.get("budget.moderation.idea"), idea.title(),
            "/budget/" + idea.editionId() + "/projects/" + idea.id(), null, hidden(idea.hidden(),
            idea.hiddenReason(), m), false, reports, r.reasons(), typed);
      }
      Comment comment = conversation.commentById(r.id());
      return new Item(r.kind(), r.id(), m.get("budget.moderation.comment"), null, null, comment.body(),
          hidden(comment.hidden(), comment.hiddenReason(), m), false, reports, r.reasons(), typed);
    } catch (ProblemException gone) {
      return new Item(r.kind(), r.id(), m.get("budget.discussion.refused.gone"), null, null, null, null, true,
          reports, r.reasons(), typed);
    }
  }

  private static String hidden(boolean hidden, String reason, BudgetMessages m) {
    return hidden ? m.get("budget.moderation.hiddenBecause", reason) : null;
  }
}
