package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.Conversation;
import org.parvis.modules.budget.domain.Comment;
import org.parvis.modules.budget.domain.Discussion.Reported;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Comments and reports: signed-in people comment on ideas and report ideas or comments (once
 * each); moderators read the reports and hide comments with a reason.
 */
@Path("/api/budget/discussion")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

  @Inject Conversation conversation;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  @Path("ideas/{idea}/comments")
  public List<CommentView> comments(@PathParam("idea") UUID idea) {
    return conversation.comments(idea, IdeaResource.moderates(caller)).stream()
        .map(CommentView::of).toList();
  }

  @POST
  @Path("ideas/{idea}/comments")
  public Response comment(@PathParam("idea") UUID idea, CommentBody body) {
    String author = IdeaResource.signedIn(caller);
    body = edge.check(body);
    return Response.status(Response.Status.CREATED)
        .entity(CommentView.of(conversation.comment(idea, author, body.body()))).build();
  }

  @POST
  @Path("ideas/{idea}/reports")
  public Response reportIdea(@PathParam("idea") UUID idea, ReportBody body) {
    String reporter = IdeaResource.signedIn(caller);
    body = edge.check(body);
    conversation.reportIdea(idea, reporter, body.reason());
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("comments/{comment}/reports")
  public Response reportComment(@PathParam("comment") UUID comment, ReportBody body) {
    String reporter = IdeaResource.signedIn(caller);
    body = edge.check(body);
    conversation.reportComment(comment, reporter, body.reason());
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("comments/{comment}/hide")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public CommentView hide(@PathParam("comment") UUID comment, IdeaResource.ReasonBody body) {
    body = edge.check(body);
    return CommentView.of(conversation.hideComment(comment, body.reason()));
  }

  @GET
  @Path("reports")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public List<Reported> reports() {
    return conversation.reported();
  }

  public record CommentBody(@NotBlank @Size(max = 5000) String body) {}

  public record ReportBody(@NotBlank @Size(max = 2000) String reason) {}

  /** A comment; authors are not shown (accounts are private), the hidden reason is. */
  public record CommentView(UUID id, UUID idea, String body, boolean hidden, String hiddenReason,
      Instant createdAt) {
    static CommentView of(Comment c) {
      return new CommentView(c.id(), c.ideaId(), c.hidden() ? null : c.body(), c.hidden(),
          c.hiddenReason(), c.createdAt());
    }
  }
}
