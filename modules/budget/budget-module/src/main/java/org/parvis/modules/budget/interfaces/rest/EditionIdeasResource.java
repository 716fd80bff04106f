package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.IdeaBox.Proposal;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;

/** An edition's ideas: anyone lists them (hidden ones only for moderators), signed-in people submit. */
@Path("/api/budget/editions/{edition}/ideas")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionIdeasResource {

  @Inject IdeaBox ideas;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  public List<IdeaResource.IdeaView> ideas(@PathParam("edition") UUID edition) {
    return ideas.ideas(edition, IdeaResource.moderates(caller)).stream().map(IdeaResource.IdeaView::of).toList();
  }

  /**
   * The edition's ideas and projects that give a place, as GeoJSON points (RFC 7946: longitude first), beside the
   * worksites' map: {@code kind} is {@code project} for an idea found feasible (on the ballot from the vote on),
   * {@code idea} otherwise; the pages list the same without a map.
   */
  @GET
  @Path("map")
  @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
  public JsonObject map(@PathParam("edition") UUID edition) {
    return geoJson(edition, ideas.ideas(edition, IdeaResource.moderates(caller)));
  }

  static JsonObject geoJson(UUID edition, List<Idea> ideas) {
    JsonArrayBuilder features = Json.createArrayBuilder();
    for (Idea i : ideas) {
      if (i.latitude() == null || i.longitude() == null || i.status() == IdeaStatus.MERGED) {
        continue;
      }
      var properties = Json.createObjectBuilder()
          .add("id", i.id().toString())
          .add("title", i.title())
          .add("kind", i.status() == IdeaStatus.FEASIBLE ? "project" : "idea")
          .add("status", i.status().name())
          .add("url", "/budget/" + edition + "/projects/" + i.id())
          .add("cost", i.finalCost() != null ? i.finalCost() : i.estimatedCost());
      features.add(Json.createObjectBuilder()
          .add("type", "Feature")
          .add("id", i.id().toString())
          .add("geometry", Json.createObjectBuilder().add("type", "Point")
              .add("coordinates", Json.createArrayBuilder().add(i.longitude()).add(i.latitude())))
          .add("properties", properties));
    }
    return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
  }

  @POST
  public Response submit(@PathParam("edition") UUID edition, IdeaResource.IdeaBody body) {
    String author = IdeaResource.signedIn(caller);
    body = edge.check(body);
    Idea idea = ideas.submit(edition, new Proposal(body.envelopeId(), body.title(),
        body.description(), body.category(), body.latitude(), body.longitude(),
        body.estimatedCost()), author);
    return Response.status(Response.Status.CREATED).entity(IdeaResource.IdeaView.of(idea)).build();
  }
}
