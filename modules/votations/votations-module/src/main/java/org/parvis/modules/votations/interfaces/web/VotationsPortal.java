package org.parvis.modules.votations.interfaces.web;

import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;
import static org.parvis.spi.web.Html.escape;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.votations.VotationsModule;
import org.parvis.modules.votations.application.BallotChoice;
import org.parvis.modules.votations.application.VotationReading;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.application.VotationResults;
import org.parvis.modules.votations.application.Voting;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.PortalLayout;

/**
 * Votations in the portal: the list, one votation with its ballot (a fieldset per option for
 * majority judgment, checkboxes for approval, radio buttons for a single choice — usable with the
 * keyboard alone, no script), and the results with the merit profile chart.
 */
@Path("/votations")
@ModuleEndpoint(VotationsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class VotationsPortal {


  @Inject VotationReading reading;
  @Inject Voting voting;
  @Inject VotationResults results;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;
  @Inject PortalLayout layout;

  @GET
  public Response index() {
    Texts t = texts();
    List<Summary> all = reading.all(caller.verifiedResidentId());
    String main = all.isEmpty()
        ? "<p>" + escape(t.get("none")) + "</p>"
        : all.stream()
            .map(s -> "<li><h2><a href=\"/votations/" + s.votation().id() + "\">"
                + escape(s.votation().question()) + "</a></h2><p class=\"status\">"
                + escape(t.get("status." + s.status())) + " — " + escape(dates(s.votation(), t))
                + "</p></li>")
            .collect(Collectors.joining("\n", "<ul class=\"votations\">", "</ul>"));
    return layout.page(t.get("title"), main);
  }

  @GET
  @Path("{id}")
  public Response votation(@PathParam("id") UUID id) {
    return votationPage(reading.one(id, caller.verifiedResidentId()), Map.of(), null, 200);
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    layout.requireFormToken(form.getFirst("csrf"));
    Summary summary = reading.one(id, caller.verifiedResidentId());
    Map<String, String> answered = new HashMap<>();
    form.forEach((key, values) -> answered.put(key, values.isEmpty() ? "" : values.get(0)));
    if (caller.verifiedResidentId().isEmpty()) {
      return votationPage(summary, answered, texts().get("notVerified"), 403);
    }
    try {
      voting.vote(id, caller.verifiedResidentId().get(), choice(summary.votation(), form));
    } catch (ProblemException refused) {
      return votationPage(summary, answered, texts().get("refused", refused.getMessage()),
          layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/votations/" + id)).build();
  }

  @GET
  @Path("{id}/results")
  public Response results(@PathParam("id") UUID id) {
    Texts t = texts();
    Votation votation = reading.one(id, caller.verifiedResidentId()).votation();
    VotationResults.Results counted = results.of(id);
    StringBuilder main = new StringBuilder()
        .append("<p>").append(escape(t.get("ballots", counted.ballots()))).append("</p>");
    if (votation.method() == CountingMethod.MAJORITY_JUDGMENT) {
      List<String> grades = votation.gradeScale().orElseThrow().labelsBestFirst();
      main.append("<h2>").append(escape(t.get("meritProfile"))).append("</h2>")
          .append(MeritProfileChart.svg(counted.options(), grades, t.get("meritProfile"),
              t.get("meritProfileDesc")))
          .append(meritTable(counted, grades, t));
    } else {
      main.append("<table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">")
          .append(escape(t.get("option"))).append("</th><th scope=\"col\">")
          .append(escape(t.get("votes", ""))).append("</th></tr></thead><tbody>");
      for (var option : counted.options()) {
        main.append("<tr><td>").append(option.rank()).append("</td><th scope=\"row\">")
            .append(escape(option.label())).append("</th><td data-votes=\"").append(option.votes())
            .append("\">").append(option.votes()).append("</td></tr>");
      }
      main.append("</tbody></table>");
    }
    return layout.page(t.get("results") + " — " + votation.question(), main.toString());
  }

  private static String meritTable(VotationResults.Results counted, List<String> grades,
      Texts t) {
    StringBuilder table = new StringBuilder("<table class=\"merit-profile\"><thead><tr>")
        .append("<th scope=\"col\">#</th><th scope=\"col\">").append(escape(t.get("option")))
        .append("</th>");
    grades.forEach(g -> table.append("<th scope=\"col\">").append(escape(g)).append("</th>"));
    table.append("</tr></thead><tbody>");
    for (var option : counted.options()) {
      table.append("<tr data-option=\"").append(option.id()).append("\" data-rank=\"")
          .append(option.rank()).append("\"><td>").append(option.rank())
          .append("</td><th scope=\"row\">").append(escape(option.label())).append("<br><small>")
          .append(escape(t.get("majorityGrade", String.valueOf(option.majorityGrade()))))
          .append("</small></th>");
      option.meritProfile().forEach(c -> table.append("<td>").append(c.count()).append("</td>"));
      table.append("</tr>");
    }
    return table.append("</tbody></table>").toString();
  }

  private Response votationPage(Summary summary, Map<String, String> answered, String refusal,
      int status) {
    Texts t = texts();
    Votation v = summary.votation();
    StringBuilder main = new StringBuilder()
        .append("<p class=\"status\">").append(escape(t.get("status." + summary.status())))
        .append(" — ").append(escape(dates(v, t))).append("</p>");
    v.description().lines().filter(line -> !line.isBlank())
        .forEach(line -> main.append("<p>").append(escape(line)).append("</p>"));
    main.append("<p>").append(escape(t.get("participants", summary.participants()))).append("</p>");
    if (refusal != null) {
      main.append("<p class=\"refusal\" role=\"alert\" tabindex=\"-1\" id=\"refusal\">")
          .append(escape(refusal)).append("</p>");
    }
    switch (summary.status()) {
      case "OPEN" -> main.append(ballotOrHint(summary, answered, t));
      case "CLOSED" -> main.append("<p><a href=\"/votations/").append(v.id()).append("/results\">")
          .append(escape(t.get("resultsLink"))).append("</a></p>");
      default -> { }
    }
    return layout.page(status, v.question(), main.toString());
  }

  private String ballotOrHint(Summary summary, Map<String, String> answered, Texts t) {
    if (Boolean.TRUE.equals(summary.hasVoted())) {
      return "<p class=\"voted\" role=\"status\">" + escape(t.get("voted")) + "</p>";
    }
    if (caller.subject().isEmpty()) {
      return "<p>" + escape(t.get("signIn")) + "</p>";
    }
    if (caller.verifiedResidentId().isEmpty()) {
      return "<p>" + escape(t.get("notVerified")) + "</p>";
    }
    Votation v = summary.votation();
    StringBuilder form = new StringBuilder("<form method=\"post\" action=\"/votations/")
        .append(v.id()).append("\" class=\"ballot\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(layout.formToken()))
        .append("\"><p>").append(escape(t.get("method." + v.method().name()))).append("</p>");
    switch (v.method()) {
      case MAJORITY_JUDGMENT -> {
        List<String> grades = v.gradeScale().orElseThrow().labelsBestFirst();
        for (VotationOption option : v.options()) {
          String name = "grade-" + option.id();
          form.append("<fieldset><legend>").append(escape(option.label())).append("</legend>");
          for (int g = 0; g < grades.size(); g++) {
            String inputId = "g-" + option.position() + "-" + g;
            form.append("<input type=\"radio\" required name=\"").append(name).append("\" id=\"")
                .append(inputId).append("\" value=\"").append(escape(grades.get(g))).append('"')
                .append(grades.get(g).equals(answered.get(name)) ? " checked" : "")
                .append("><label for=\"").append(inputId).append("\">")
                .append(escape(grades.get(g))).append("</label> ");
          }
          form.append("</fieldset>");
        }
      }
      case APPROVAL -> {
        form.append("<fieldset><legend>").append(escape(v.question())).append("</legend>");
        for (VotationOption option : v.options()) {
          String inputId = "o-" + option.position();
          form.append("<p><input type=\"checkbox\" name=\"approved\" id=\"").append(inputId)
              .append("\" value=\"").append(option.id()).append("\"><label for=\"").append(inputId)
              .append("\">").append(escape(option.label())).append("</label></p>");
        }
        form.append("</fieldset>");
      }
      case SINGLE_CHOICE -> {
        form.append("<fieldset><legend>").append(escape(v.question())).append("</legend>");
        for (VotationOption option : v.options()) {
          String inputId = "o-" + option.position();
          form.append("<p><input type=\"radio\" required name=\"choice\" id=\"").append(inputId)
              .append("\" value=\"").append(option.id()).append('"')
              .append(option.id().toString().equals(answered.get("choice")) ? " checked" : "")
              .append("><label for=\"").append(inputId).append("\">")
              .append(escape(option.label())).append("</label></p>");
        }
        form.append("</fieldset>");
      }
    }
    return form.append("<button type=\"submit\">").append(escape(t.get("vote")))
        .append("</button></form>").toString();
  }

  private static BallotChoice choice(Votation votation, MultivaluedMap<String, String> form) {
    Map<UUID, String> grades = new HashMap<>();
    Set<UUID> approved = new HashSet<>();
    UUID choice = null;
    for (VotationOption option : votation.options()) {
      String grade = form.getFirst("grade-" + option.id());
      if (grade != null) {
        grades.put(option.id(), grade);
      }
      List<String> ticked = form.get("approved");
      if (ticked != null && ticked.contains(option.id().toString())) {
        approved.add(option.id());
      }
      if (option.id().toString().equals(form.getFirst("choice"))) {
        choice = option.id();
      }
    }
    return new BallotChoice(grades, approved, choice);
  }

  private String dates(Votation v, Texts t) {
    ZoneId zone = tenant.require().zone();
    return t.get("dates", LocalTimes.dateTime(v.opensAt(), zone, t.locale()),
        LocalTimes.dateTime(v.closesAt(), zone, t.locale()));
  }

  private Texts texts() {
    return Texts.of("messages.votations", layout.language());
  }
}
