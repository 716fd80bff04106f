package org.parvis.modules.worksites.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.application.ReportTriage;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Reports: residents report, support and add information (verified residency); staff accept,
 * decline and merge; moderators hide. Anyone reads them.
 */
@Path("/api/worksites/reports")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

  @Inject ReportBox box;
  @Inject ReportTriage triage;
  @Inject Volunteers volunteers;
  @Inject Caller caller;
  @Inject BodyValidator edge;
  @Inject PhotoAlbum album;

  @GET
  public List<ReportView> reports() {
    return box.all().stream().map(r -> view(r, false)).toList();
  }

  /** The moderation queue: reports flagged as abusive, with how many people flagged each. */
  @GET
  @Path("flagged")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF})
  public List<Flagged> flagged() {
    return box.flagged().stream().map(r -> new Flagged(r.abuseReports(), view(r, true))).toList();
  }

  @GET
  @Path("{id}")
  public ReportView report(@PathParam("id") UUID id) {
    return view(box.require(id), true);
  }

  @POST
  @RequiresVerifiedResidency
  public Response submit(NewReport body) {
    body = edge.check(body);
    WorksiteReport report = box.report(body.title(), body.description(), body.place(),
        body.latitude(), body.longitude(), volunteers.current());
    return Response.status(Response.Status.CREATED).entity(view(report, true)).build();
  }

  /** 201 when the support is new, 200 when this person had already supported (or reported) it. */
  @POST
  @Path("{id}/supports")
  @RequiresVerifiedResidency
  public Response support(@PathParam("id") UUID id) {
    boolean created = box.support(id, volunteers.current());
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(view(box.require(id), true)).build();
  }

  @POST
  @Path("{id}/notes")
  @RequiresVerifiedResidency
  public Response addNote(@PathParam("id") UUID id, NoteBody body) {
    box.addNote(id, edge.check(body).text(), volunteers.current());
    return Response.status(Response.Status.CREATED).entity(view(box.require(id), true)).build();
  }

  /** The image's raw bytes; its caption (text alternative) and file name in the query. */
  @POST
  @Path("{id}/photos")
  @RequiresVerifiedResidency
  @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
  public Response addPhoto(@PathParam("id") UUID id, @QueryParam("filename") String filename,
      @QueryParam("caption") String caption, byte[] content) {
    Captions.require(caption);
    var photo = album.addToReport(id, filename == null ? "photo" : filename, content, caption,
        volunteers.current());
    return Response.status(Response.Status.CREATED).entity(PhotoView.of(photo, album)).build();
  }

  @POST
  @Path("{id}/abuse-reports")
  @RequiresVerifiedResidency
  public Response reportAbuse(@PathParam("id") UUID id) {
    box.reportAbuse(id, volunteers.current());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/acceptance")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response accept(@PathParam("id") UUID id) {
    var worksite = triage.accept(id);
    return Response.status(Response.Status.CREATED)
        .entity(new Accepted(worksite.id(), view(box.require(id), false))).build();
  }

  @POST
  @Path("{id}/decline")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public ReportView decline(@PathParam("id") UUID id, ReasonBody body) {
    return view(triage.decline(id, edge.check(body).reason()), false);
  }

  @POST
  @Path("{id}/merge")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public ReportView merge(@PathParam("id") UUID id, MergeBody body) {
    body = edge.check(body);
    return view(triage.merge(id, body.into(), body.reason()), false);
  }

  @POST
  @Path("{id}/hiding")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF})
  public ReportView hide(@PathParam("id") UUID id, ReasonBody body) {
    return view(triage.hide(id, edge.check(body).reason()), false);
  }

  @POST
  @Path("{id}/restoration")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF})
  public ReportView restore(@PathParam("id") UUID id) {
    return view(triage.restore(id), false);
  }

  private ReportView view(WorksiteReport report, boolean withNotes) {
    Boolean mine = caller.verifiedResidentId()
        .map(p -> box.hasSupported(report.id(), p)).orElse(null);
    return ReportView.of(report, box.supportCount(report.id()), mine,
        withNotes ? box.notes(report.id()) : List.of(),
        withNotes ? album.ofReport(report.id()).stream().map(p -> PhotoView.of(p, album)).toList()
            : List.of());
  }

  public record NewReport(@SingleLine @NotBlank @Size(max = 200) String title,
                          @NotBlank @Size(max = 10_000) String description,
                          @Size(max = 300) String place,
                          @DecimalMin("-90") @DecimalMax("90") Double latitude,
                          @DecimalMin("-180") @DecimalMax("180") Double longitude) {}

  public record NoteBody(@NotBlank @Size(max = 5_000) String text) {}

  public record ReasonBody(@NotBlank @Size(max = 2_000) String reason) {}

  public record MergeBody(@NotNull UUID into, @NotBlank @Size(max = 2_000) String reason) {}

  public record Accepted(UUID worksiteId, ReportView report) {}

  public record Flagged(int flags, ReportView report) {}
}
