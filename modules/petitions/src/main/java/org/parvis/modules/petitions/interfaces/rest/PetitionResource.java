package org.parvis.modules.petitions.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Past;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.CouncilReferral;
import org.parvis.modules.petitions.application.PaperIdentity;
import org.parvis.modules.petitions.application.PetitionDrafting;
import org.parvis.modules.petitions.application.PetitionModeration;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.application.PetitionSigning;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Petitions: drafting and co-signing (verified residents), moderation (moderators), signing and
 * withdrawing (verified residents), paper batches, council meeting and answer (staff).
 */
@Path("/api/petitions")
@ModuleEndpoint(PetitionsModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PetitionResource {

  @Inject PetitionReading reading;
  @Inject PetitionDrafting drafting;
  @Inject PetitionModeration moderation;
  @Inject PetitionSigning signing;
  @Inject CouncilReferral council;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  public List<PetitionView> publicPetitions() {
    return reading.publicPetitions().stream().map(this::view).toList();
  }

  @GET
  @Path("moderation")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public List<PetitionView> awaitingModeration() {
    return reading.awaitingModeration().stream().map(this::view).toList();
  }

  /** The caller's own petitions, drafts included, newest first. */
  @GET
  @Path("mine")
  @RequiresVerifiedResidency
  public List<PetitionView> mine() {
    return reading.writtenBy(resident()).stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  public PetitionView petition(@PathParam("id") UUID id) {
    return view(reading.visible(id));
  }

  @POST
  @RequiresVerifiedResidency
  public Response draft(DraftBody body) {
    body = edge.check(body);
    Petition petition = drafting.draft(body.title(), body.body(), resident(), caller.email());
    return Response.status(Response.Status.CREATED).entity(view(petition)).build();
  }

  @POST
  @Path("{id}/cosignatures")
  @RequiresVerifiedResidency
  public Response cosign(@PathParam("id") UUID id) {
    drafting.cosign(id, resident(), caller.email());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/submission")
  @RequiresVerifiedResidency
  public PetitionView submit(@PathParam("id") UUID id) {
    return view(drafting.submit(id, resident()));
  }

  @POST
  @Path("{id}/publication")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public PetitionView publish(@PathParam("id") UUID id) {
    return view(moderation.publish(id));
  }

  @POST
  @Path("{id}/rejection")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public PetitionView reject(@PathParam("id") UUID id, RejectionBody body) {
    return view(moderation.reject(id, edge.check(body).reason()));
  }

  /** Folds a submitted petition into {@code into}, one open for signatures that asks the same. */
  @POST
  @Path("{id}/merger")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public PetitionView merge(@PathParam("id") UUID id, MergerBody body) {
    return view(moderation.merge(id, edge.check(body).into()));
  }

  @GET
  @Path("{id}/signatures")
  public SignaturesView signatures(@PathParam("id") UUID id) {
    Petition petition = reading.visible(id);
    var counts = reading.counts(id);
    boolean mine = caller.verifiedResidentId().map(r -> signing.hasSigned(id, r)).orElse(false);
    return new SignaturesView(counts.signatures(), counts.online(), counts.paper(),
        petition.threshold().orElse(null), petition.statusAt(Instant.now()).name(), mine);
  }

  /**
   * 201 when the signature is new; 200 with the same count when this person had signed. With
   * {@code ?keepInformed=true} the signer gets the petition's news by email, at the address the
   * identity provider verified.
   */
  @POST
  @Path("{id}/signatures")
  @RequiresVerifiedResidency
  public Response sign(@PathParam("id") UUID id, @QueryParam("keepInformed") boolean keepInformed) {
    var outcome = signing.sign(id, resident(), keepInformed ? caller.email() : Optional.empty());
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(new SignOutcomeView(outcome.signatures(), outcome.status().name(), true))
        .build();
  }

  /**
   * Signs where the tenant sets a minimum age: the body repeats the civil identity the census
   * verified ({@code lastName, firstNames, birthDate}); nothing of it is stored.
   */
  @POST
  @Path("{id}/signatures/with-identity")
  @RequiresVerifiedResidency
  public Response signWithIdentity(@PathParam("id") UUID id,
      @QueryParam("keepInformed") boolean keepInformed, IdentityBody body) {
    body = edge.check(body);
    var outcome = signing.signWithIdentity(id, resident(),
        new PaperIdentity(body.lastName(), body.firstNames(), body.birthDate()),
        keepInformed ? caller.email() : Optional.empty());
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(new SignOutcomeView(outcome.signatures(), outcome.status().name(), true))
        .build();
  }

  @DELETE
  @Path("{id}/signatures/mine")
  @RequiresVerifiedResidency
  public SignOutcomeView withdraw(@PathParam("id") UUID id) {
    var outcome = signing.withdraw(id, resident());
    return new SignOutcomeView(outcome.signatures(), outcome.status().name(), false);
  }

  @POST
  @Path("{id}/paper-batches")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response enterPaper(@PathParam("id") UUID id, PaperBatchBody body) {
    body = edge.check(body);
    var identities = body.signatures().stream()
        .map(s -> new PaperIdentity(s.lastName(), s.firstNames(), s.birthDate()))
        .toList();
    var batch = signing.enterPaper(id, identities);
    return Response.status(Response.Status.CREATED)
        .entity(new PaperBatchView(batch.batchId(), batch.accepted(), batch.duplicates(),
            batch.underAge(), batch.outcome().signatures(), batch.outcome().status().name()))
        .build();
  }

  @PUT
  @Path("{id}/council-meeting")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public PetitionView scheduleMeeting(@PathParam("id") UUID id, MeetingBody body) {
    return view(council.scheduleMeeting(id, edge.check(body).date()));
  }

  @PUT
  @Path("{id}/answer")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public PetitionView answer(@PathParam("id") UUID id, AnswerBody body) {
    body = edge.check(body);
    return view(council.answer(id, body.answer(), body.decision()));
  }

  private UUID resident() {
    return caller.verifiedResidentId().orElseThrow();
  }

  private PetitionView view(Petition petition) {
    return PetitionView.of(petition, reading.counts(petition.id()));
  }

  public record DraftBody(@SingleLine @NotBlank @Size(max = 200) String title,
                          @NotBlank @Size(max = 20_000) String body) {}

  public record RejectionBody(@NotBlank @Size(max = 2_000) String reason) {}

  public record PaperSignatureBody(@NotBlank @Size(max = 200) String lastName,
                                   @NotBlank @Size(max = 200) String firstNames,
                                   @NotNull LocalDate birthDate) {}

  public record PaperBatchBody(@NotEmpty @Size(max = 1_000) List<@Valid @NotNull PaperSignatureBody> signatures) {}

  public record MergerBody(@NotNull UUID into) {}

  public record MeetingBody(@NotNull LocalDate date) {}

  public record AnswerBody(@NotBlank @Size(max = 20_000) String answer,
                           @NotNull CouncilDecision decision) {}

  public record SignaturesView(long count, long online, long paper, Long threshold, String status,
                               boolean signedByMe) {}

  public record SignOutcomeView(long count, String status, boolean signedByMe) {}

  /** {@code duplicates} and {@code underAge}: 0-based positions in the batch not counted. */
  public record PaperBatchView(UUID batchId, int accepted, List<Integer> duplicates,
                               List<Integer> underAge, long count, String status) {}

  /** A signer's civil identity, as verified by the census. */
  public record IdentityBody(@NotBlank @Size(max = 200) String lastName,
      @NotBlank @Size(max = 200) String firstNames, @NotNull @Past LocalDate birthDate) {}
}
