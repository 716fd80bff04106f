package org.parvis.modules.worksites.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.GeoPoint;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.PhotoKind;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Worksites: anyone reads them, their map data (GeoJSON) and the volunteer hours per year; staff
 * create and describe them, add materials and shifts and complete them; volunteers pledge items.
 */
@Path("/api/worksites")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorksiteResource {

  @Inject WorksiteReading reading;
  @Inject WorksitePlanning planning;
  @Inject Volunteers volunteers;
  @Inject BodyValidator edge;
  @Inject PhotoAlbum album;

  @GET
  public List<WorksiteView> worksites() {
    return reading.all().stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  public WorksiteView worksite(@PathParam("id") UUID id) {
    return view(reading.require(id));
  }

  /**
   * Every worksite as a GeoJSON point (RFC 7946: longitude first) with its status and next or
   * last shift, for any map library; the pages list the same data without a map.
   */
  @GET
  @Path("map")
  @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
  public JsonObject map() {
    JsonArrayBuilder features = Json.createArrayBuilder();
    for (Worksite w : reading.all()) {
      List<Shift> shifts = reading.shiftsOf(w.id());
      var properties = Json.createObjectBuilder()
          .add("id", w.id().toString())
          .add("title", w.title())
          .add("status", w.status().name())
          .add("url", "/worksites/" + w.id())
          .add("shifts", shifts.size());
      if (!shifts.isEmpty()) {
        properties.add("firstShift", shifts.get(0).startsAt().toString())
            .add("lastShift", shifts.get(shifts.size() - 1).startsAt().toString());
      }
      w.address().ifPresent(a -> properties.add("address", a));
      features.add(Json.createObjectBuilder()
          .add("type", "Feature")
          .add("id", w.id().toString())
          .add("geometry", Json.createObjectBuilder().add("type", "Point")
              .add("coordinates", Json.createArrayBuilder()
                  .add(w.location().longitude()).add(w.location().latitude())))
          .add("properties", properties));
    }
    return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features)
        .build();
  }

  /** Volunteer hours per year: each person who came × the shift's duration. */
  @GET
  @Path("statistics")
  public List<YearView> statistics() {
    return reading.volunteerTimeByYear().entrySet().stream()
        .map(e -> new YearView(e.getKey(), Hours.of(e.getValue().time()),
            e.getValue().attendees(), e.getValue().shifts()))
        .toList();
  }

  @POST
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response create(DetailsBody body) {
    Worksite worksite = planning.create(edge.check(body).details());
    return Response.status(Response.Status.CREATED).entity(view(worksite)).build();
  }

  @PUT
  @Path("{id}")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public WorksiteView describe(@PathParam("id") UUID id, DetailsBody body) {
    return view(planning.describe(id, edge.check(body).details()));
  }

  @POST
  @Path("{id}/items")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response addItem(@PathParam("id") UUID id, ItemBody body) {
    body = edge.check(body);
    planning.addItem(id, body.name(), body.quantity(), body.source());
    return Response.status(Response.Status.CREATED).entity(worksite(id)).build();
  }

  @POST
  @Path("{id}/items/{item}/pledge")
  @RequiresVerifiedResidency
  public WorksiteView pledge(@PathParam("id") UUID id, @PathParam("item") UUID item) {
    planning.pledge(id, item, volunteers.current());
    return worksite(id);
  }

  @POST
  @Path("{id}/shifts")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response addShift(@PathParam("id") UUID id, ShiftBody body) {
    body = edge.check(body);
    Shift shift = planning.addShift(id, body.startsAt(), body.endsAt(), body.capacity());
    return Response.status(Response.Status.CREATED).entity(WorksiteView.ShiftView.of(shift)).build();
  }

  /** A photo before or after the work: the image's raw bytes, kind, caption and name in the query. */
  @POST
  @Path("{id}/photos")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
  public Response addPhoto(@PathParam("id") UUID id, @QueryParam("kind") String kind,
      @QueryParam("filename") String filename, @QueryParam("caption") String caption,
      byte[] content) {
    Captions.require(caption);
    PhotoKind photoKind;
    try {
      photoKind = PhotoKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "kind",
          "BEFORE or AFTER");
    }
    var photo = album.addToWorksite(id, photoKind, filename == null ? "photo" : filename, content, caption);
    return Response.status(Response.Status.CREATED).entity(PhotoView.of(photo, album)).build();
  }

  @POST
  @Path("{id}/completion")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public WorksiteView complete(@PathParam("id") UUID id, CompletionBody body) {
    String note = body == null ? null : edge.check(body).note();
    return view(planning.complete(id, note));
  }

  private WorksiteView view(Worksite w) {
    return WorksiteView.of(w, reading.shiftsOf(w.id()), Hours.of(reading.volunteerTime(w.id())),
        album.ofWorksite(w.id()).stream().map(p -> PhotoView.of(p, album)).toList());
  }

  public record DetailsBody(@SingleLine @NotBlank @Size(max = 200) String title,
                            @NotBlank @Size(max = 10_000) String description,
                            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
                            @Size(max = 300) String address,
                            @Size(max = 200) String referent,
                            @Size(max = 5_000) String safetyNotes,
                            @Min(0) @Max(120) Integer minimumAge,
                            @Size(max = 2_000) String skills) {
    Worksite.Details details() {
      return new Worksite.Details(title.strip(), description.strip(),
          GeoPoint.of(latitude, longitude), address, referent, safetyNotes, minimumAge, skills);
    }
  }

  public record ItemBody(@NotBlank @Size(max = 200) String name, @Min(1) @Max(10_000) int quantity,
                         @NotNull ItemSource source) {}

  public record ShiftBody(@NotNull Instant startsAt, @NotNull Instant endsAt,
                          @Min(1) @Max(10_000) int capacity) {}

  public record CompletionBody(@Size(max = 5_000) String note) {}

  public record YearView(int year, double volunteerHours, long attendees, long shifts) {}
}
