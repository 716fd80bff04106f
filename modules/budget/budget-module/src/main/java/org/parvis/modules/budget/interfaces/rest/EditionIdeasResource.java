package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
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
