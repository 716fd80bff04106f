package org.parvis.modules.council.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.domain.VoteChoice;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Contributions (avis): drafted and voted by sitting members as themselves (checked in {@link
 * ContributionDesk}); published, sent and followed up by the secretariat; published ones are
 * public.
 */
@Path("/api/council")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContributionResource {

  private static final String C = "contributions/{id}";

  @Inject ContributionDesk desk;
  @Inject BodyValidator edge;

  @GET
  @Path("published")
  public List<ContributionView> published() {
    return desk.published();
  }

  @GET
  @Path("published/{id}")
  public ContributionView publishedOne(@PathParam("id") UUID id) {
    return desk.publishedOne(id);
  }

  @GET
  @Path("contributions")
  public List<ContributionView> all() {
    return desk.forMembers();
  }

  @GET
  @Path(C)
  public ContributionView one(@PathParam("id") UUID id) {
    return desk.forMember(id);
  }

  @POST
  @Path("contributions")
  public Response open(ContributionBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED).entity(desk.open(body.title(), body.referralId())).build();
  }

  @POST
  @Path(C + "/sections")
  public ContributionView section(@PathParam("id") UUID id, SectionBody body) {
    body = edge.check(body);
    return desk.addSection(id, body.heading(), body.text());
  }

  @PUT
  @Path(C + "/sections/{section}")
  public ContributionView rewrite(@PathParam("id") UUID id, @PathParam("section") UUID section, TextBody body) {
    body = edge.check(body);
    return desk.rewriteSection(id, section, body.text());
  }

  @POST
  @Path(C + "/sections/{section}/comments")
  public ContributionView comment(@PathParam("id") UUID id, @PathParam("section") UUID section, TextBody body) {
    body = edge.check(body);
    return desk.comment(id, section, body.text());
  }

  @POST
  @Path(C + "/sections/{section}/amendments")
  public ContributionView amend(@PathParam("id") UUID id, @PathParam("section") UUID section, AmendmentBody body) {
    body = edge.check(body);
    return desk.amend(id, section, body.text(), body.reason());
  }

  @POST
  @Path(C + "/amendments/{amendment}/decision")
  public ContributionView decide(@PathParam("id") UUID id, @PathParam("amendment") UUID amendment,
      ReferralResource.DecisionBody body) {
    body = edge.check(body);
    return desk.decideAmendment(id, amendment, body.accept());
  }

  @POST
  @Path(C + "/vote")
  public ContributionView openVote(@PathParam("id") UUID id) {
    return desk.openVote(id);
  }

  @PUT
  @Path(C + "/votes/mine")
  public ContributionView vote(@PathParam("id") UUID id, VoteBody body) {
    body = edge.check(body);
    return desk.vote(id, body.choice());
  }

  @POST
  @Path(C + "/vote/close")
  public ContributionView closeVote(@PathParam("id") UUID id) {
    return desk.closeVote(id);
  }

  @POST
  @Path(C + "/publication")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public ContributionView publish(@PathParam("id") UUID id) {
    return desk.publish(id);
  }

  @POST
  @Path(C + "/sending")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public ContributionView send(@PathParam("id") UUID id) {
    return desk.markSent(id);
  }

  @PUT
  @Path(C + "/response")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public ContributionView response(@PathParam("id") UUID id, ResponseBody body) {
    body = edge.check(body);
    return desk.recordResponse(id, body.response(), body.changes());
  }

  public record ContributionBody(@SingleLine @NotBlank @Size(max = 200) String title, UUID referralId) {}

  public record SectionBody(@NotBlank @Size(max = 200) String heading, @NotBlank @Size(max = 50_000) String text) {}

  public record TextBody(@NotBlank @Size(max = 50_000) String text) {}

  public record AmendmentBody(@NotBlank @Size(max = 50_000) String text, @NotBlank @Size(max = 5_000) String reason) {}

  public record VoteBody(@NotNull VoteChoice choice) {}

  public record ResponseBody(@NotBlank @Size(max = 50_000) String response, @Size(max = 50_000) String changes) {}
}
