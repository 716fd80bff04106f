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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BallotBox.Voter;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.application.ProjectPhotos;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.modules.budget.application.BudgetProblems.BallotRuleBroken;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.PortalLayout;

/**
 * The participatory budget in the portal: editions, their projects, the ballot form and the
 * results. Plain server-rendered HTML: the ballot is native checkboxes or number inputs with
 * labels, the rules in plain words, and works without JavaScript (a small script only keeps a
 * live total).
 */
@Path("/budget")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class BudgetPortal {

  @Inject PortalLayout layout;
  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject BallotBox box;
  @Inject PublishedResults results;
  @Inject WorksFollowUp works;
  @Inject ProjectPhotos photos;
  @Inject Caller caller;

  @GET
  public Response index() {
    BudgetMessages m = messages();
    List<Edition> all = editions.all();
    StringBuilder html = new StringBuilder();
    if (all.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.none"))).append("</p>");
    } else {
      html.append("<ul>");
      for (Edition e : all) {
        html.append("<li><a href=\"/budget/").append(e.id()).append("\">").append(escape(e.title()))
            .append("</a> — ").append(escape(m.get("budget.phase." + e.phaseAt(Instant.now()))))
            .append("</li>");
      }
      html.append("</ul>");
    }
    return layout.page(m.get("budget.title"), html.toString());
  }

  @GET
  @Path("{edition}")
  public Response edition(@PathParam("edition") UUID id) {
    BudgetMessages m = messages();
    Edition edition = editions.edition(id);
    Phase phase = edition.phaseAt(Instant.now());
    List<Idea> all = ideas.ideas(id, false);
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(escape(m.get("budget.currentPhase", m.get("budget.phase." + phase))))
        .append("</p>");
    html.append("<h2>").append(escape(m.get("budget.calendar"))).append("</h2><dl>");
    var c = edition.calendar();
    date(html, m, Phase.IDEA_SUBMISSION, c.submissionOpens());
    date(html, m, Phase.FEASIBILITY_REVIEW, c.reviewOpens());
    date(html, m, Phase.VOTE, c.voteOpens());
    date(html, m, Phase.RESULTS, c.voteCloses());
    date(html, m, Phase.IMPLEMENTATION, c.implementationOpens());
    html.append("</dl>");
    Optional<String> home = caller.verifiedResidentDistrict();
    home.ifPresent(district -> html.append("<p>")
        .append(escape(m.get("budget.yourDistrict", district))).append("</p>"));
    if (phase.isAtLeast(Phase.RESULTS)) {
      html.append("<p><a href=\"/budget/").append(id).append("/results\">")
          .append(escape(m.get("budget.results"))).append("</a></p>");
    }
    for (Envelope envelope : editions.envelopes(id)) {
      html.append("<section><h2>").append(escape(envelope.name())).append("</h2><p>")
          .append(escape(m.get(envelope.district() ? "budget.envelope.district" : "budget.envelope.city")))
          .append(" — ").append(escape(m.get("budget.amount", envelope.amount()))).append("</p>");
      List<Idea> projects = all.stream()
          .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList();
      html.append("<h3>").append(escape(m.get("budget.projects"))).append("</h3>");
      if (projects.isEmpty()) {
        html.append("<p>").append(escape(m.get("budget.noProjects"))).append("</p>");
      } else {
        html.append("<ul>");
        for (Idea p : projects) {
          html.append("<li><strong>").append(escape(p.title())).append("</strong> — ")
              .append(escape(m.get("budget.cost", p.finalCost()))).append("<br>")
              .append(escape(p.description())).append("</li>");
        }
        html.append("</ul>");
      }
      if (phase == Phase.VOTE && !home.map(envelope::openToResidentOf).orElse(true)) {
        html.append("<p>").append(escape(m.get("budget.envelope.otherDistrict"))).append("</p>");
      } else if (phase == Phase.VOTE) {
        html.append("<p><a href=\"/budget/").append(id).append("/ballot?envelope=")
            .append(envelope.id()).append("\">").append(escape(m.get("budget.vote")))
            .append(" — ").append(escape(envelope.name())).append("</a></p>");
      }
      html.append("</section>");
    }
    return layout.page(edition.title(), html.toString());
  }

  @GET
  @Path("{edition}/ballot")
  public Response ballotForm(@PathParam("edition") UUID id, @QueryParam("envelope") UUID envelopeId,
      @QueryParam("saved") boolean saved) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, envelopeId);
    Map<UUID, Long> mine = caller.verifiedResidentId()
        .flatMap(r -> box.ballotsOf(id, Voter.resident(r, Optional::empty)).stream()
            .filter(b -> b.envelopeId().equals(envelope.id())).findFirst())
        .map(b -> b.points())
        .orElse(Map.of());
    return ballotPage(edition, envelope, mine, saved ? "budget.ballot.saved" : null, null, 200);
  }

  @POST
  @Path("{edition}/ballot")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    layout.requireFormToken(form.getFirst("csrf"));
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, parse(form.getFirst("envelope")));
    Map<UUID, Long> points = new LinkedHashMap<>();
    form.forEach((key, values) -> {
      String value = values.isEmpty() ? "" : values.get(0).trim();
      if (key.startsWith("project-")) {
        Optional.ofNullable(parse(key.substring(8))).ifPresent(p -> points.put(p, 1L));
      } else if (key.startsWith("points-") && !value.isEmpty() && !"0".equals(value)) {
        UUID project = parse(key.substring(7));
        if (project != null) {
          try {
            points.put(project, Long.parseLong(value));
          } catch (NumberFormatException e) {
            points.put(project, 0L);
          }
        }
      }
    });
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return ballotPage(edition, envelope, points, null,
          Refusal.of(messages().get("budget.ballot.verify")), 403);
    }
    try {
      box.submit(id, envelope.id(), points,
          Voter.resident(resident.get(), caller::verifiedResidentDistrict), Optional.empty());
    } catch (BallotRuleBroken e) {
      return ballotPage(edition, envelope, points, null, Refusal.of(e.violation(), messages()),
          e.status());
    } catch (ProblemException e) {
      return ballotPage(edition, envelope, points, null,
          Refusal.of(messages().get("budget.ballot.rejected", e.getMessage())), e.status());
    }
    return Response.seeOther(URI.create("/budget/" + id + "/ballot?envelope=" + envelope.id()
        + "&saved=true")).build();
  }

  @GET
  @Path("{edition}/results")
  public Response results(@PathParam("edition") UUID id) {
    BudgetMessages m = messages();
    Edition edition = editions.edition(id);
    if (!edition.phaseAt(Instant.now()).isAtLeast(Phase.RESULTS)) {
      return layout.page(m.get("budget.results.title", edition.title()),
          "<p>" + escape(m.get("budget.results.notYet")) + "</p>");
    }
    var computed = results.results(id);
    return layout.page(m.get("budget.results.title", edition.title()),
        ResultsHtml.of(computed, m, layout.language())
            + FollowUpHtml.list(computed, works.followUps(id), m));
  }

  /** A project (an idea of the edition): what it is, and its follow-up once funded. */
  @GET
  @Path("{edition}/projects/{project}")
  public Response project(@PathParam("edition") UUID id, @PathParam("project") UUID projectId) {
    BudgetMessages m = messages();
    Idea project = ideas.idea(projectId, false);
    if (!project.editionId().equals(id)) {
      throw ProblemException.notFound("No such project in this edition");
    }
    StringBuilder html = new StringBuilder("<p>").append(escape(project.description()))
        .append("</p>");
    if (project.finalCost() != null) {
      html.append("<p>").append(escape(m.get("budget.cost", project.finalCost()))).append("</p>");
    }
    html.append(FollowUpHtml.photos(photos.ofIdea(projectId), m.get("budget.project.photos")));
    works.reportIfFunded(projectId).ifPresentOrElse(
        report -> html.append(FollowUpHtml.section(report, m)),
        () -> {
          if (editions.edition(id).phaseAt(Instant.now()).isAtLeast(Phase.RESULTS)) {
            html.append("<p>").append(escape(m.get("budget.project.notFunded"))).append("</p>");
          }
        });
    return layout.page(project.title(), html.toString());
  }

  private Response ballotPage(Edition edition, Envelope envelope, Map<UUID, Long> chosen,
      String notice, Refusal refusal, int status) {
    BudgetMessages m = messages();
    Phase phase = edition.phaseAt(Instant.now());
    List<Idea> projects = ideas.ideas(edition.id(), false).stream()
        .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList();
    boolean otherDistrict = envelope.district() && caller.verifiedResidentDistrict()
        .map(home -> !envelope.openToResidentOf(home)).orElse(false);
    String main = BallotFormHtml.of(edition, envelope, projects, chosen, m,
        phase != Phase.VOTE ? "budget.ballot.closed"
            : otherDistrict ? "budget.envelope.otherDistrict" : null,
        caller.verifiedResidentId().isPresent() ? null : "budget.ballot.verify",
        notice, refusal, layout.formToken());
    return Response.fromResponse(layout.page(m.get("budget.ballot.title", envelope.name()), main))
        .status(status).build();
  }

  private Envelope envelope(UUID edition, UUID envelopeId) {
    return editions.envelopes(edition).stream()
        .filter(e -> e.id().equals(envelopeId))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No such envelope"));
  }

  private static UUID parse(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void date(StringBuilder html, BudgetMessages m, Phase phase, Instant opens) {
    html.append("<dt>").append(escape(m.get("budget.phase." + phase))).append("</dt><dd><time datetime=\"")
        .append(opens).append("\">").append(escape(opens.toString().replace('T', ' ').replace("Z", " UTC")))
        .append("</time></dd>");
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }

  static boolean cumulative(Edition edition) {
    return edition.rules().kind() == BallotKind.CUMULATIVE;
  }
}
