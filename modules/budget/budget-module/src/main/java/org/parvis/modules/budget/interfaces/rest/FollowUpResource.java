package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.ProjectPhotos;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.application.WorksFollowUp.Report;
import org.parvis.modules.budget.domain.Milestone;
import org.parvis.modules.budget.domain.Photo;
import org.parvis.modules.budget.domain.WorksStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * The follow-up of a funded project: anyone reads it; staff and administrators report the works'
 * status and progress, dated milestones and photos (with their alternative text).
 */
@Path("/api/budget/projects/{project}/follow-up")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

  @Inject WorksFollowUp works;
  @Inject BodyValidator edge;
  @Inject Caller caller;

  @GET
  public FollowUpView followUp(@PathParam("project") UUID project) {
    return FollowUpView.of(works.report(project));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public FollowUpView update(@PathParam("project") UUID project, StatusBody body) {
    body = edge.check(body);
    return FollowUpView.of(works.update(project, body.status(), body.progress(), body.reason()));
  }

  @POST
  @Path("milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response addMilestone(@PathParam("project") UUID project, MilestoneBody body) {
    body = edge.check(body);
    Milestone added = works.addMilestone(project, body.title(), body.plannedOn(),
        body.reachedOn());
    return Response.status(Response.Status.CREATED).entity(MilestoneView.of(added)).build();
  }

  @PUT
  @Path("milestones/{milestone}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public MilestoneView changeMilestone(@PathParam("project") UUID project,
      @PathParam("milestone") UUID milestone, MilestoneBody body) {
    body = edge.check(body);
    return MilestoneView.of(works.changeMilestone(project, milestone, body.title(),
        body.plannedOn(), body.reachedOn()));
  }

  @DELETE
  @Path("milestones/{milestone}")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response removeMilestone(@PathParam("project") UUID project,
      @PathParam("milestone") UUID milestone) {
    works.removeMilestone(project, milestone);
    return Response.noContent().build();
  }

  @Inject ProjectPhotos photos;

  /** A photo of the works: raw bytes with their Content-Type, {@code filename} and {@code alt}. */
  @POST
  @Path("photos")
  @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response addPhoto(@PathParam("project") UUID project,
      @QueryParam("filename") String filename, @QueryParam("alt") String alt, byte[] content) {
    Photo photo = photos.addToWorks(project, PhotoView.filename(filename), content,
        PhotoView.altText(alt), IdeaResource.asker(caller));
    return Response.status(Response.Status.CREATED).entity(PhotoView.of(photo)).build();
  }

  @DELETE
  @Path("photos/{photo}")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response removePhoto(@PathParam("project") UUID project,
      @PathParam("photo") UUID photo) {
    photos.removeFromWorks(project, photo);
    return Response.noContent().build();
  }

  public record StatusBody(
      @NotNull WorksStatus status,
      @Min(0) @Max(100) int progress,
      @Size(max = 2000) String reason) {}

  public record MilestoneBody(
      @SingleLine @NotBlank @Size(max = 200) String title,
      @NotNull LocalDate plannedOn,
      LocalDate reachedOn) {}

  /** Dates and instants as ISO-8601 strings. */
  public record MilestoneView(UUID id, String title, String plannedOn, String reachedOn) {
    static MilestoneView of(Milestone m) {
      return new MilestoneView(m.id(), m.title(), m.plannedOn().toString(),
          m.reachedOn() == null ? null : m.reachedOn().toString());
    }
  }

  public record FollowUpView(UUID project, String title, WorksStatus status, int progress,
      String abandonReason, String updatedAt, List<MilestoneView> milestones,
      List<PhotoView> photos) {
    static FollowUpView of(Report r) {
      return new FollowUpView(r.project().id(), r.project().title(), r.followUp().status(),
          r.followUp().progress(), r.followUp().abandonReason(),
          r.followUp().updatedAt().toString(),
          r.milestones().stream().map(MilestoneView::of).toList(),
          r.photos().stream().map(PhotoView::of).toList());
    }
  }

  /** A photo: where to fetch it and its alternative text. */
  public record PhotoView(UUID id, String url, String contentType, String alt, String addedAt) {
    static PhotoView of(Photo p) {
      return new PhotoView(p.id(), p.url(), p.contentType(), p.altText(), p.addedAt().toString());
    }

    static String filename(String filename) {
      return filename == null || filename.isBlank() ? "photo" : filename;
    }

    /** Alternative text is required: a photo nobody can describe is not published. */
    static String altText(String alt) {
      if (alt == null || alt.isBlank()) {
        throw BudgetProblems.invalid("alt", "describe the photo for people who cannot see it");
      }
      if (alt.length() > 500) {
        throw BudgetProblems.invalid("alt", "must be at most 500 characters");
      }
      return alt.strip();
    }
  }
}
