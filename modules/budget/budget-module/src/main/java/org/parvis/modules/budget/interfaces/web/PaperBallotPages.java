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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.BudgetProblems.BallotRuleBroken;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.application.Voters.PaperVoter;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/**
 * Staff enter paper ballots at the desk: the resident's ballot form (same choices, rules and
 * refusals, through {@link BallotBox}) with the voter's civil identity (names and birth date, as
 * their residency is verified), which keys the ballot like the verified person's online ballot:
 * a person who voted online is refused, a second paper entry for the same person replaces the
 * first. The staff member who enters the ballot is recorded.
 */
@Path("/budget/{edition}/paper-ballots")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.STAFF)
@Produces(MediaType.TEXT_HTML)
public class PaperBallotPages {

  private static final List<String> IDENTITY = List.of("lastName", "firstNames", "birthDate");

  @Inject PortalLayout layout;
  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject BallotBox box;
  @Inject Voters voters;
  @Inject Caller caller;

  @GET
  public Response form(@PathParam("edition") UUID id, @QueryParam("envelope") UUID envelopeId,
      @QueryParam("saved") String saved) {
    Edition edition = editions.edition(id);
    return page(edition, envelope(id, envelopeId), Map.of(), Map.of(),
        saved != null ? "budget.paper.saved" : null, null, 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enter(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, parse(form.getFirst("envelope")));
    Map<UUID, Long> points = choices(form);
    Map<String, String> typed = new LinkedHashMap<>();
    IDENTITY.forEach(f -> typed.put(f, Optional.ofNullable(form.getFirst(f)).orElse("").strip()));
    BudgetMessages m = messages();
    Optional<PaperVoter> identity = identity(typed);
    if (identity.isEmpty()) {
      return page(edition, envelope, typed, points, null,
          Refusal.of(m.get("budget.paper.identity.invalid")), 422);
    }
    try {
      box.submit(id, envelope.id(), points,
          voters.paper(identity.get(), caller.subject().orElseThrow()), Optional.empty());
    } catch (BallotRuleBroken e) {
      return page(edition, envelope, typed, points, null, Refusal.of(e.violation(), m),
          e.status());
    } catch (ProblemException e) {
      String why = BudgetProblems.OTHER_CHANNEL.equals(e.type())
          ? m.get("budget.paper.votedOnline") : m.get("budget.ballot.rejected", e.getMessage());
      return page(edition, envelope, typed, points, null, Refusal.of(why),
          layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/budget/" + id + "/paper-ballots?envelope="
        + envelope.id() + "&saved=true")).build();
  }

  /** The identity typed: both names (at most 200 characters) and a past birth date. */
  private static Optional<PaperVoter> identity(Map<String, String> typed) {
    String last = typed.get("lastName");
    String first = typed.get("firstNames");
    if (last.isEmpty() || first.isEmpty() || last.length() > 200 || first.length() > 200) {
      return Optional.empty();
    }
    try {
      LocalDate born = LocalDate.parse(typed.get("birthDate"));
      return born.isBefore(LocalDate.now()) && born.getYear() >= 1900
          ? Optional.of(new PaperVoter(last, first, born)) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Response page(Edition edition, Envelope envelope, Map<String, String> typed,
      Map<UUID, Long> chosen, String notice, Refusal refusal, int status) {
    BudgetMessages m = messages();
    List<Idea> projects = ideas.ideas(edition.id(), false).stream()
        .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList();
    StringBuilder fields = new StringBuilder("<fieldset><legend>")
        .append(escape(m.get("budget.paper.identity"))).append("</legend>");
    for (String field : IDENTITY) {
      String type = field.equals("birthDate") ? "date" : "text";
      fields.append("<p><label for=\"paper-").append(field).append("\">")
          .append(escape(m.get("budget.paper." + field))).append("</label> <input type=\"")
          .append(type).append("\" id=\"paper-").append(field).append("\" name=\"")
          .append(field).append("\" required").append(type.equals("text")
              ? " maxlength=\"200\" autocomplete=\"off\"" : "")
          .append(" value=\"").append(escape(typed.getOrDefault(field, ""))).append("\"></p>");
    }
    fields.append("</fieldset>");
    String main = BallotFormHtml.of(edition, envelope, projects, chosen, m,
        edition.phaseAt(Instant.now()) != Phase.VOTE ? "budget.ballot.closed" : null, null,
        notice, refusal, layout.formToken(), "/budget/" + edition.id() + "/paper-ballots",
        fields.toString());
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

  /** The choices of a posted ballot form: {@code project-<id>=on} or {@code points-<id>=<n>}. */
  private static Map<UUID, Long> choices(MultivaluedMap<String, String> form) {
    Map<UUID, Long> points = new LinkedHashMap<>();
    form.forEach((key, values) -> {
      String value = values.isEmpty() ? "" : values.get(0).trim();
      if (key.startsWith("project-")) {
        Optional.ofNullable(parse(key.substring(8))).ifPresent(p -> points.put(p, 1L));
      } else if (key.startsWith("points-") && !value.isEmpty() && !"0".equals(value)) {
        UUID project = parse(key.substring(7));
        if (project != null) {
          try {
            points.put(project, PlainNumbers.whole(value));
          } catch (NumberFormatException e) {
            points.put(project, 0L);
          }
        }
      }
    });
    return points;
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }
}
