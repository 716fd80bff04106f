package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BallotBox.Voter;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.BudgetProblems.BallotRuleBroken;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/**
 * Staff enter paper ballots at the desk: the resident's ballot form (same choices, rules and
 * refusals, through {@link BallotBox}) with the paper's reference; one ballot per reference and
 * scope, a second entry of the same reference replaces the first, as in the API.
 */
@Path("/budget/{edition}/paper-ballots")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.STAFF)
@Produces(MediaType.TEXT_HTML)
public class PaperBallotPages {

  /** The API's limit on references (letters, digits, dot, dash, underscore; 60 at most). */
  private static final String REFERENCE = "[A-Za-z0-9._-]{1,60}";

  @Inject PortalLayout layout;
  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject BallotBox box;

  @GET
  public Response form(@PathParam("edition") UUID id, @QueryParam("envelope") UUID envelopeId,
      @QueryParam("saved") String saved) {
    Edition edition = editions.edition(id);
    return page(edition, envelope(id, envelopeId), "", Map.of(),
        saved != null ? "budget.paper.saved" : null, null, 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enter(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, parse(form.getFirst("envelope")));
    Map<UUID, Long> points = BudgetPortal.choices(form);
    String reference = Optional.ofNullable(form.getFirst("reference")).orElse("").strip();
    BudgetMessages m = messages();
    if (!reference.matches(REFERENCE)) {
      return page(edition, envelope, reference, points, null,
          Refusal.of(m.get("budget.paper.reference.invalid")), 422);
    }
    try {
      box.submit(id, envelope.id(), points, Voter.paper(reference), Optional.empty());
    } catch (BallotRuleBroken e) {
      return page(edition, envelope, reference, points, null, Refusal.of(e.violation(), m),
          e.status());
    } catch (ProblemException e) {
      return page(edition, envelope, reference, points, null,
          Refusal.of(m.get("budget.ballot.rejected", e.getMessage())), layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/budget/" + id + "/paper-ballots?envelope="
        + envelope.id() + "&saved=" + reference)).build();
  }

  private Response page(Edition edition, Envelope envelope, String reference,
      Map<UUID, Long> chosen, String notice, Refusal refusal, int status) {
    BudgetMessages m = messages();
    List<Idea> projects = ideas.ideas(edition.id(), false).stream()
        .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList();
    String fields = "<p><label for=\"paper-reference\">" + escape(m.get("budget.paper.reference"))
        + "</label> <input type=\"text\" id=\"paper-reference\" name=\"reference\" required"
        + " maxlength=\"60\" pattern=\"[A-Za-z0-9._\\-]+\" value=\"" + escape(reference) + "\"></p>";
    String main = BallotFormHtml.of(edition, envelope, projects, chosen, m,
        edition.phaseAt(Instant.now()) != Phase.VOTE ? "budget.ballot.closed" : null, null,
        notice, refusal, layout.formToken(), "/budget/" + edition.id() + "/paper-ballots", fields);
    return layout.page(status, m.get("budget.paper.title", envelope.name()), main);
  }

  private Envelope envelope(UUID edition, UUID envelopeId) {
    return editions.envelopes(edition).stream().filter(e -> e.id().equals(envelopeId))
        .findFirst().orElseThrow(() -> ProblemException.notFound("No such envelope"));
  }

  private static UUID parse(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }
}
