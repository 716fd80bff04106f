package org.parvis.modules.budget.interfaces.web;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.BudgetProblems.BallotRuleBroken;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.application.Voters.PaperVoter;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * Staff enter a paper ballot with the resident's ballot form (the same rules and refusals, through {@link
 * BallotBox}) with the voter's civil identity (names and birth date, as the census knows them): a person who voted
 * online cannot vote again on paper, and the other way round.
 */
@Path("/budget/{edition}/paper-ballots")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.STAFF)
@Produces(MediaType.TEXT_HTML)
public class PaperBallotPages {

  /** An identity field of the paper ballot: its name, its label, its input type. */
  public record IdentityField(String name, String label, String type) {}

  @Inject EditionAdministration editions;
  @Inject BallotBox box;
  @Inject Voters voters;
  @Inject BallotPageModels models;
  @Inject Caller caller;
  @Inject PortalViews views;

  @GET
  public Response form(@PathParam("edition") UUID id, @QueryParam("envelope") UUID envelopeId,
      @QueryParam("saved") String saved) {
    Edition edition = editions.edition(id);
    return page(edition, envelope(id, envelopeId), saved != null ? "budget.paper.saved" : null, Form.empty(), null)
        .response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enter(@PathParam("edition") UUID id, MultivaluedMap<String, String> posted) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, BallotPages.parse(posted.getFirst("envelope")));
    String[] rule = new String[1];
    return views.submit(Form.of(posted), form -> {
      String last = form.text("lastName", 200);
      String first = form.text("firstNames", 200);
      Optional<LocalDate> born = form.optionalDate("birthDate");
      if (born.isEmpty() && form.error("birthDate").isEmpty()) {
        form.refuse("birthDate", "form.required");
      }
      born.filter(day -> !day.isBefore(LocalDate.now()) || day.getYear() < 1900)
          .ifPresent(day -> form.refuse("birthDate", "form.notDate"));
      Map<UUID, Long> points = BallotPages.choices(form);
      if (!form.isValid()) {
        form.refuse("", "budget.paper.identity.invalid");
      }
      form.requireValid();
      try {
        box.submit(id, envelope.id(), points,
            voters.paper(new PaperVoter(last, first, born.get()), caller.subject().orElseThrow()), Optional.empty());
      } catch (BallotRuleBroken broken) {
        rule[0] = broken.violation().rule();
        form.refuse("", "budget.ballot.rejected", BudgetPortal.messages(views)
            .get("budget.rule." + rule[0], broken.violation().values().toArray()));
        form.requireValid();
      }
      return "/budget/" + id + "/paper-ballots?envelope=" + envelope.id() + "&saved=true";
    }, form -> page(edition, envelope, null, form, rule[0]));
  }

  private View page(Edition edition, Envelope envelope, String notice, Form form, String rule) {
    BudgetMessages m = BudgetPortal.messages(views);
    List<IdentityField> identity = List.of(
        new IdentityField("lastName", m.get("budget.paper.lastName"), "text"),
        new IdentityField("firstNames", m.get("budget.paper.firstNames"), "text"),
        new IdentityField("birthDate", m.get("budget.paper.birthDate"), "date"));
    return views.page("budget/ballot", m.get("budget.paper.title", envelope.name()))
        .with("ballot", models.ballot(edition, envelope, form.typed(), notice, form, rule, true, m))
        .with("action", "/budget/" + edition.id() + "/paper-ballots")
        .with("identity", identity)
        .form(form);
  }

  private Envelope envelope(UUID edition, UUID envelopeId) {
    return editions.envelopes(edition).stream().filter(e -> e.id().equals(envelopeId)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("No such envelope"));
  }
}
