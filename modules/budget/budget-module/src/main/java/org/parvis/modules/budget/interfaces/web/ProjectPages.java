package org.parvis.modules.budget.interfaces.web;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.Conversation;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.ProjectPhotos;
import org.parvis.modules.budget.application.ProjectPhotos.Asker;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * A project's page (an idea of the edition) and its forms: support the idea, comment on it, report it or one of
 * its comments to moderators, add a photo of the idea (its author and staff) or of the works (staff). Each form
 * posts, then comes back to the page with what it did said on top.
 */
@Path("/budget/{edition}/projects/{project}")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {

  /** The longest comment and report reason, as the API's bodies allow. */
  private static final int MAX_COMMENT = 5000;
  private static final int MAX_REASON = 2000;

  @Inject IdeaBox ideas;
  @Inject Conversation conversation;
  @Inject ProjectPhotos photos;
  @Inject ProjectPageModels models;
  @Inject Caller caller;
  @Inject PortalViews views;

  @GET
  public Response project(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      @QueryParam("photo") String photo, @QueryParam("idea") String idea, @QueryParam("done") String done) {
    String notice = "added".equals(photo) ? "budget.photo.added"
        : "submitted".equals(idea) ? "budget.idea.submitted"
        : "supported".equals(done) ? "budget.support.done"
        : "commented".equals(done) ? "budget.comment.done"
        : "reported".equals(done) ? "budget.report.done" : null;
    return page(projectOf(id, projectId), notice, Form.empty(), null).response();
  }

  /** Supports the idea; one support per account. */
  @POST
  @Path("supports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response support(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      MultivaluedMap<String, String> posted) {
    Idea idea = projectOf(id, projectId);
    return views.submit(Form.of(posted), form -> {
      ideas.support(idea.id(), signedIn());
      return done(id, projectId, "supported");
    }, form -> page(idea, null, form, ProjectPageModels.SUPPORT));
  }

  /** Comments on the idea (field {@code body}). */
  @POST
  @Path("comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      MultivaluedMap<String, String> posted) {
    Idea idea = projectOf(id, projectId);
    return views.submit(Form.of(posted), form -> {
      String author = signedIn();
      String body = form.paragraphs("body", MAX_COMMENT);
      form.requireValid();
      conversation.comment(idea.id(), author, body.strip());
      return done(id, projectId, "commented");
    }, form -> page(idea, null, form, ProjectPageModels.COMMENT));
  }

  /** Reports the idea, or one of its comments when the form names it (fields {@code reason}, {@code comment}?). */
  @POST
  @Path("reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response report(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      MultivaluedMap<String, String> posted) {
    Idea idea = projectOf(id, projectId);
    Form posting = Form.of(posted);
    UUID comment = BallotPages.parse(posting.typed("comment").strip());
    String name = comment == null ? ProjectPageModels.REPORT_IDEA : "report-" + comment;
    return views.submit(posting, form -> {
      String reporter = signedIn();
      String why = form.paragraphs("reason", MAX_REASON);
      form.requireValid();
      if (comment == null) {
        conversation.reportIdea(idea.id(), reporter, why.strip());
      } else if (conversation.comments(idea.id(), false).stream().anyMatch(c -> c.id().equals(comment))) {
        conversation.reportComment(comment, reporter, why.strip());
      } else {
        form.refuse("comment", "budget.discussion.refused.gone");
        form.requireValid();
      }
      return done(id, projectId, "reported");
    }, form -> page(idea, null, form, name));
  }

  /**
   * Adds a photo (multipart: {@code for} = {@code idea} or {@code works}, file {@code photo}, {@code alt}); a
   * refusal shows the page again with its reason and the description typed.
   */
  @POST
  @Path("photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      List<EntityPart> parts) {
    MultipartForm multipart = new MultipartForm(parts);
    Idea project = projectOf(id, projectId);
    String target = ProjectPageModels.PHOTO_WORKS.equals(multipart.field("for"))
        ? ProjectPageModels.PHOTO_WORKS : ProjectPageModels.PHOTO_IDEA;
    return views.submit(Form.of(multipart), form -> {
      Optional<String> alt = form.optionalText("alt", 500);
      if (alt.isEmpty()) {
        form.refuse("alt", "budget.photo.refused.alt");
      }
      var file = multipart.file("photo", "photo");
      if (file.isEmpty()) {
        form.refuse("photo", "budget.photo.refused.file");
      }
      form.requireValid();
      Asker asker = BudgetPortal.asker(caller).orElseThrow(() -> ProblemException.forbidden("Sign in first"));
      var upload = file.orElseThrow();
      if (ProjectPageModels.PHOTO_WORKS.equals(target)) {
        if (!asker.staff()) {
          throw ProblemException.forbidden("Only staff add photos of the works");
        }
        photos.addToWorks(project.id(), upload.filename(), upload.content(), alt.get(), asker);
      } else {
        photos.addToIdea(project.id(), upload.filename(), upload.content(), alt.get(), asker);
      }
      return "/budget/" + id + "/projects/" + projectId + "?photo=added";
    }, form -> page(project, null, form, target));
  }

  private View page(Idea project, String notice, Form form, String refused) {
    var roles = caller.tenantRoles();
    boolean moderates = roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.MODERATOR);
    return views.page("budget/project", project.title())
        .with("project", models.page(project, notice, form, refused, BudgetPortal.asker(caller), moderates,
            BudgetPortal.messages(views)))
        .form(form);
  }

  private String signedIn() {
    return caller.subject().orElseThrow(() -> ProblemException.forbidden("Sign in first"));
  }

  private static String done(UUID id, UUID projectId, String done) {
    return "/budget/" + id + "/projects/" + projectId + "?done=" + done + "#discussion";
  }

  private Idea projectOf(UUID edition, UUID projectId) {
    Idea project = ideas.idea(projectId, false);
    if (!project.editionId().equals(edition)) {
      throw ProblemException.notFound("No such project in this edition");
    }
    return project;
  }
}
