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
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.Conversation;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.Comment;
import org.parvis.modules.budget.domain.Discussion.Reported;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.interfaces.rest.IdeaResource.ReasonBody;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/**
 * The moderators' queue of reported ideas and comments, most reported first: what was reported,
 * how many times and why, and a form to hide it with a public reason (kept when refused). The
 * rules stay in {@link Conversation} and {@link IdeaBox}.
 */
@Path("/budget/moderation")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

  @Inject PortalLayout layout;
  @Inject Conversation conversation;
  @Inject IdeaBox ideas;
  @Inject BodyValidator edge;

  @GET
  public Response queue(@QueryParam("hidden") String hidden) {
    return page(hidden != null ? "budget.moderation.hidden" : null, null, null, null, 200);
  }

  /** Hides a reported idea or comment ({@code kind}: {@code idea} or {@code comment}). */
  @POST
  @Path("{kind}/{item}/hide")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response hide(@PathParam("kind") String kind, @PathParam("item") UUID item,
      MultivaluedMap<String, String> form) {
    String reason = form.getFirst("reason");
    try {
      String why = edge.check(new ReasonBody(reason)).reason().strip();
      switch (kind) {
        case "idea" -> ideas.hide(item, why);
        case "comment" -> conversation.hideComment(item, why);
        default -> throw ProblemException.notFound("No such kind of content");
      }
    } catch (ProblemException refused) {
      return page(null, refused, item, reason, layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/moderation?hidden=" + item)).build();
  }

  private Response page(String noticeKey, ProblemException refused, UUID refusedItem,
      String typed, int status) {
    BudgetMessages m = BudgetMessages.in(layout.language());
    String csrf = layout.formToken();
    StringBuilder html = new StringBuilder();
    if (noticeKey != null) {
      html.append("<p role=\"status\">").append(escape(m.get(noticeKey))).append("</p>");
    }
    if (refused != null) {
      html.append("<p role=\"alert\" id=\"moderation-error\" tabindex=\"-1\" autofocus>")
          .append(escape(m.get("budget.moderation.refused", m.get(refused.status() == 404
              ? "budget.discussion.refused.gone" : "budget.moderation.refused.reason"))))
          .append("</p>");
    }
    var reported = conversation.reported();
    if (reported.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.moderation.none"))).append("</p>");
    } else {
      html.append("<ul>");
      for (Reported r : reported) {
        html.append("<li id=\"item-").append(r.id()).append("\">");
        item(html, r, m);
        html.append("<p>").append(escape(m.get("budget.moderation.reports", r.reports())))
            .append("</p><ul>");
        r.reasons().forEach(reason -> html.append("<li>").append(escape(reason)).append("</li>"));
        html.append("</ul>");
        if (!hidden(r)) {
          String field = "hide-" + r.id();
          html.append("<form method=\"post\" action=\"/budget/moderation/").append(r.kind())
              .append("/").append(r.id()).append("/hide\"><input type=\"hidden\" name=\"csrf\"")
              .append(" value=\"").append(escape(csrf)).append("\"><p><label for=\"")
              .append(field).append("\">").append(escape(m.get("budget.moderation.reason")))
              .append("</label><br><textarea id=\"").append(field).append("\" name=\"reason\"")
              .append(" rows=\"2\" cols=\"60\" required maxlength=\"2000\">")
              .append(escape(r.id().equals(refusedItem) && typed != null ? typed : ""))
              .append("</textarea></p><p><button type=\"submit\">")
              .append(escape(m.get("budget.moderation.hide"))).append("</button></p></form>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    return layout.page(status, m.get("budget.moderation.title"), html.toString());
  }

  private void item(StringBuilder html, Reported r, BudgetMessages m) {
    try {
      if ("idea".equals(r.kind())) {
        Idea idea = ideas.idea(r.id(), true);
        html.append("<p>").append(escape(m.get("budget.moderation.idea"))).append(" <a href=\"/budget/")
            .append(idea.editionId()).append("/projects/").append(idea.id()).append("\">")
            .append(escape(idea.title())).append("</a></p>");
        if (idea.hidden()) {
          html.append("<p>").append(escape(m.get("budget.moderation.hiddenBecause",
              idea.hiddenReason()))).append("</p>");
        }
      } else {
        Comment comment = conversation.commentById(r.id());
        html.append("<p>").append(escape(m.get("budget.moderation.comment")))
            .append("</p><blockquote>").append(escape(comment.body())).append("</blockquote>");
        if (comment.hidden()) {
          html.append("<p>").append(escape(m.get("budget.moderation.hiddenBecause",
              comment.hiddenReason()))).append("</p>");
        }
      }
    } catch (ProblemException gone) {
      html.append("<p>").append(escape(m.get("budget.discussion.refused.gone"))).append("</p>");
    }
  }

  private boolean hidden(Reported r) {
    try {
      return "idea".equals(r.kind()) ? ideas.idea(r.id(), true).hidden()
          : conversation.commentById(r.id()).hidden();
    } catch (ProblemException gone) {
      return true;
    }
  }
}
