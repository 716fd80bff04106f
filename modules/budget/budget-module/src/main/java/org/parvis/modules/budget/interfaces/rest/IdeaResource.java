package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.domain.Money;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.ProjectPhotos;
import org.parvis.modules.budget.application.ProjectPhotos.Asker;
import org.parvis.modules.budget.interfaces.rest.FollowUpResource.PhotoView;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Ideas: signed-in people submit and support them; moderators hide them with a reason; staff
 * review them (feasible with a final cost, or infeasible, with a public reason) and merge
 * duplicates.
 */
@Path("/api/budget/ideas")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {

  @Inject IdeaBox ideas;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  @Path("{idea}")
  public IdeaView idea(@PathParam("idea") UUID idea) {
    return IdeaView.of(ideas.idea(idea, moderates(caller)));
  }

  @POST
  @Path("{idea}/supports")
  public Response support(@PathParam("idea") UUID idea) {
    int count = ideas.support(idea, signedIn(caller));
    return Response.status(Response.Status.CREATED).entity(Map.of("supports", count)).build();
  }

  @POST
  @Path("{idea}/hide")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public IdeaView hide(@PathParam("idea") UUID idea, ReasonBody body) {
    body = edge.check(body);
    return IdeaView.of(ideas.hide(idea, body.reason()));
  }

  @POST
  @Path("{idea}/review")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public IdeaView review(@PathParam("idea") UUID idea, ReviewBody body) {
    body = edge.check(body);
    return IdeaView.of(ideas.review(idea, body.feasible(), body.reason(), body.finalCost()));
  }

  @POST
  @Path("{idea}/merge")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public IdeaView merge(@PathParam("idea") UUID idea, MergeBody body) {
    body = edge.check(body);
    return IdeaView.of(ideas.merge(idea, body.into(), body.reason()));
  }

  @Inject ProjectPhotos photos;

  /** The idea's photos, with their alternative text. */
  @GET
  @Path("{idea}/photos")
  public List<PhotoView> photos(@PathParam("idea") UUID idea) {
    return photos.ofIdea(idea).stream().map(PhotoView::of).toList();
  }

  /** A photo of the idea (its author or staff): raw bytes, {@code filename} and {@code alt}. */
  @POST
  @Path("{idea}/photos")
  @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
  public Response addPhoto(@PathParam("idea") UUID idea, @QueryParam("filename") String filename,
      @QueryParam("alt") String alt, byte[] content) {
    var added = photos.addToIdea(idea, PhotoView.filename(filename), content,
        PhotoView.altText(alt), asker(caller));
    return Response.status(Response.Status.CREATED).entity(PhotoView.of(added)).build();
  }

  @DELETE
  @Path("{idea}/photos/{photo}")
  public Response removePhoto(@PathParam("idea") UUID idea, @PathParam("photo") UUID photo) {
    photos.removeFromIdea(idea, photo, asker(caller));
    return Response.noContent().build();
  }

  /** The signed-in caller, and whether they are staff (or an administrator). */
  static Asker asker(Caller caller) {
    var roles = caller.tenantRoles();
    return new Asker(signedIn(caller),
        roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.STAFF));
  }

  static boolean moderates(Caller caller) {
    var roles = caller.tenantRoles();
    return roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.MODERATOR)
        || roles.contains(TenantRole.STAFF);
  }

  static String signedIn(Caller caller) {
    return caller.subject().orElseThrow(() -> ProblemException.unauthorized("Sign in (send a bearer token) to do this"));
  }

  public record IdeaBody(
      @NotNull UUID envelopeId,
      @SingleLine @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 20_000) String description,
      @NotBlank @Size(max = 80) String category,
      @DecimalMin("-90") @DecimalMax("90") Double latitude,
      @DecimalMin("-180") @DecimalMax("180") Double longitude,
      @PositiveOrZero @Max(Money.MAX) long estimatedCost) {}

  public record ReasonBody(@NotBlank @Size(max = 2000) String reason) {}

  public record ReviewBody(
      boolean feasible, @NotBlank @Size(max = 2000) String reason, @PositiveOrZero @Max(Money.MAX) Long finalCost) {}

  public record MergeBody(@NotNull UUID into, @Size(max = 2000) String reason) {}

  /** An idea as the API shows it. The hidden reason shows only to those who see hidden ideas. */
  public record IdeaView(UUID id, UUID envelopeId, String title, String description,
      String category, Double latitude, Double longitude, long estimatedCost, Long finalCost,
      String status, String publicReason, UUID mergedInto, boolean hidden, String hiddenReason,
      int supports, boolean onBallot) {
    static IdeaView of(Idea i) {
      return new IdeaView(i.id(), i.envelopeId(), i.title(), i.description(), i.category(),
          i.latitude(), i.longitude(), i.estimatedCost(), i.finalCost(), i.status().name(),
          i.publicReason(), i.mergedInto(), i.hidden(), i.hiddenReason(), i.supports(),
          i.onBallot());
    }
  }
}
