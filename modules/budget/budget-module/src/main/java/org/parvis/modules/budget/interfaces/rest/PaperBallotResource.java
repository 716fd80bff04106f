package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BallotBox.Cast;
import org.parvis.modules.budget.application.BallotBox.Voter;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.application.Voters.PaperVoter;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Paper ballots, entered by staff under the voter's civil identity and checked like the others;
 * the staff member is recorded, and a person who voted online is refused (409).
 */
@Path("/api/budget/editions/{edition}/paper-ballots")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaperBallotResource {

  @Inject BallotBox box;
  @Inject Voters voters;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @POST
  @RequiresTenantRole(TenantRole.STAFF)
  public Response paper(@PathParam("edition") UUID edition, BallotResource.PaperBallotBody body,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    body = edge.check(body);
    BallotResource.BallotBody ballot = new BallotResource.BallotBody(body.envelope(), body.projects(), body.points());
    Voter voter = voters.paper(
        new PaperVoter(body.lastName(), body.firstNames(), body.birthDate()),
        caller.subject().orElseThrow());
    Cast cast = box.submit(edition, body.envelope(), ballot.choices(), voter,
        BallotResource.key(idempotencyKey));
    return BallotResource.answer(cast);
  }
}
