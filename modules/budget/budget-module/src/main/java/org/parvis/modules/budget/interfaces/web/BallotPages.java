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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.BudgetProblems.BallotRuleBroken;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * A resident's ballot in one envelope (approval, knapsack or cumulative; a district's envelope for its residents):
 * plain native inputs, the rules in plain words, usable without script (a small script only keeps a live total).
 * Saving again replaces the ballot until the vote closes.
 */
@Path("/budget/{edition}/ballot")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class BallotPages {

  /** More points than any ballot gives: the ballot's rules say how many it may give. */
  private static final long MAX_POINTS = 1_000_000_000L;

  @Inject EditionAdministration editions;
  @Inject BallotBox box;
  @Inject Voters voters;
  @Inject BallotPageModels models;
  @Inject Caller caller;
  @Inject PortalViews views;

  @GET
  public Response form(@PathParam("edition") UUID id, @QueryParam("envelope") UUID envelopeId,
      @QueryParam("saved") boolean saved) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, envelopeId);
    Map<String, String> mine = new LinkedHashMap<>();
    caller.verifiedResidentId()
        .flatMap(r -> box.ballotsOf(id, voters.resident(r, Optional::empty)).stream()
            .filter(b -> b.envelopeId().equals(envelope.id())).findFirst())
        .ifPresent(b -> b.points().forEach((project, points) ->
            mine.put(BallotPageModels.field(edition, project), String.valueOf(points))));
    return page(edition, envelope, mine, saved ? "budget.ballot.saved" : null, Form.empty(), null).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@PathParam("edition") UUID id, MultivaluedMap<String, String> posted) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, parse(posted.getFirst("envelope")));
    String[] rule = new String[1];
    return views.submit(Form.of(posted), form -> {
      Map<UUID, Long> points = choices(form);
      form.requireValid();
      UUID resident = caller.verifiedResidentId().orElseThrow(() -> new ProblemException(403,
          "urn:parvis:problem:residency-verification-required", "Forbidden", "Verify your residency first"));
      try {
        box.submit(id, envelope.id(), points, voters.resident(resident, caller::verifiedResidentDistrict),
            Optional.empty());
      } catch (BallotRuleBroken broken) {
        rule[0] = broken.violation().rule();
        BudgetMessages m = BudgetPortal.messages(views);
        form.refuse("", "budget.ballot.rejected",
            m.get("budget.rule." + rule[0], broken.violation().values().toArray()));
        form.requireValid();
      }
      return "/budget/" + id + "/ballot?envelope=" + envelope.id() + "&saved=true";
    }, form -> page(edition, envelope, form.typed(), null, form, rule[0]));
  }

  /**
   * The choices of a posted ballot: {@code project-<id>=on} (a ticked box) or {@code points-<id>=<n>}, for the
   * projects the form names; a project not on this ballot is left to the ballot's rules to refuse.
   */
  static Map<UUID, Long> choices(Form form) {
    Map<UUID, Long> points = new LinkedHashMap<>();
    for (String field : form.typed().keySet()) {
      UUID project = field.startsWith("project-") ? parse(field.substring(8))
          : field.startsWith("points-") ? parse(field.substring(7)) : null;
      if (project == null) {
        continue;
      }
      if (field.startsWith("project-") && form.checked(field)) {
        points.put(project, 1L);
      } else if (field.startsWith("points-")) {
        long given = form.optionalWholeNumber(field, 0, MAX_POINTS).orElse(0);
        if (given > 0) {
          points.put(project, given);
        }
      }
    }
    return points;
  }

  private View page(Edition edition, Envelope envelope, Map<String, String> values, String notice, Form form,
      String rule) {
    BudgetMessages m = BudgetPortal.messages(views);
    return views.page("budget/ballot", m.get("budget.ballot.title", envelope.name()))
        .with("ballot", models.ballot(edition, envelope, values, notice, form, rule, m))
        .with("action", "/budget/" + edition.id() + "/ballot")
        .form(form);
  }

  private Envelope envelope(UUID edition, UUID envelopeId) {
    return editions.envelopes(edition).stream().filter(e -> e.id().equals(envelopeId)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("No such envelope"));
  }

  static UUID parse(String text) {
    try {
      return text == null || text.length() != 36 ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
