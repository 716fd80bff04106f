package org.parvis.modules.convention.interfaces.web;

import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.Ceremony;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.application.Recruitment;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/**
 * The convention in the portal: the list, a convention's page with its public draw (files, seed,
 * panel, probability chart, how to re-check), the volunteer form, and the administrators'
 * progress bar while the panels are computed.
 */
@Path("/convention")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ConventionPortal {

  @Inject ConventionReading reading;
  @Inject Recruitment recruitment;
  @Inject Ceremony ceremony;
  @Inject MembersSpace members;
  @Inject PortalLayout layout;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  @GET
  public Response index() {
    Texts t = texts();
    List<Convention> list = reading.visible();
    StringBuilder main = new StringBuilder();
    if (list.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("none"))).append("</p>");
    } else {
      main.append("<ul class=\"conventions\">");
      for (Convention c : list) {
        main.append("<li><h2><a href=\"/convention/").append(c.id()).append("\">")
            .append(Html.escape(c.title())).append("</a></h2><p class=\"status\">")
            .append(Html.escape(t.get("status." + c.status().name()))).append("</p></li>");
      }
      main.append("</ul>");
    }
    return layout.page(t.get("title"), main.toString());
  }

  @GET
  @Path("{id}")
  public Response convention(@PathParam("id") UUID id) {
    Texts t = texts();
    Convention c = reading.visible(id);
    StringBuilder main = new StringBuilder();
    main.append("<p class=\"status\"><strong>").append(Html.escape(t.get("status." + c.status().name())))
        .append("</strong></p>");
    main.append("<section><h2>").append(Html.escape(t.get("mandate"))).append("</h2>");
    paragraphs(main, c.mandate());
    main.append("</section><section><h2>").append(Html.escape(t.get("calendar"))).append("</h2><ul>");
    if (c.recruitmentOpens().isPresent() && c.recruitmentCloses().isPresent()) {
      main.append("<li>").append(Html.escape(t.get("calendar.recruitment",
          LocalTimes.day(c.recruitmentOpens().get(), t.locale()),
          LocalTimes.day(c.recruitmentCloses().get(), t.locale()))))
          .append("</li>");
    }
    c.drawDate().ifPresent(d -> main.append("<li>")
        .append(Html.escape(t.get("calendar.draw", LocalTimes.day(d, t.locale())))).append("</li>"));
    main.append("</ul><p>").append(Html.escape(t.get("panelSize", c.panelSize(), reading.poolSize(id))))
        .append("</p></section>");
    quotas(main, c, t);
    if (c.status() == ConventionStatus.RECRUITING) {
      main.append("<p><a class=\"button\" href=\"/convention/").append(id).append("/volunteer\">")
          .append(Html.escape(t.get("volunteerLink"))).append("</a></p>");
    }
    if (c.status().compareTo(ConventionStatus.SEATED) >= 0) {
      panel(main, id, t);
      work(main, id, t);
    }
    if (c.poolHash().isPresent() && c.status().compareTo(ConventionStatus.FROZEN) >= 0) {
      ceremony(main, c, t);
    }
    return layout.page(c.title(), main.toString());
  }

  @GET
  @Path("{id}/chart.svg")
  @Produces("image/svg+xml")
  public String chart(@PathParam("id") UUID id) {
    Convention c = reading.visible(id);
    return ProbabilityChart.svg(reading.probabilities(id), c.panelSize(), texts());
  }

  @GET
  @Path("{id}/volunteer")
  public Response volunteerForm(@PathParam("id") UUID id) {
    return form(reading.visible(id), Map.of(), null);
  }

  @POST
  @Path("{id}/volunteer")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response volunteer(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Texts t = texts();
    Convention c = reading.visible(id);
    Map<String, String> answers = new LinkedHashMap<>();
    List<String> categories = List.copyOf(c.quotas().byCategory().keySet());
    for (int i = 0; i < categories.size(); i++) {
      String value = form.getFirst("q" + i);
      if (value != null) {
        answers.put(categories.get(i), value);
      }
    }
    try {
      String last = form.getFirst("lastName");
      String first = form.getFirst("firstNames");
      String birth = form.getFirst("birthDate");
      if (last == null || last.isBlank() || first == null || first.isBlank() || birth == null) {
        throw ProblemException.invalidField(ConventionProblems.INVALID, "lastName", "required");
      }
      String email = form.getFirst("email");
      var joined = recruitment.join(id, new Recruitment.Application(last, first,
          LocalDate.parse(birth), email == null || email.isBlank() ? null : email, answers,
          "on".equals(form.getFirst("consent")), "on".equals(form.getFirst("publishName")),
          form.getFirst("invitationCode"), caller.verifiedResidentId().orElse(null)));
      String main = "<p role=\"status\">" + Html.escape(t.get("joined.number", joined.number()))
          + "</p><p>" + Html.escape(t.get("joined.withdrawal", joined.withdrawalToken())) + "</p>";
      return layout.page(t.get("joined.title"), main);
    } catch (DateTimeParseException e) {
      return form(c, form, t.get("form.error", t.get("form.required")));
    } catch (ProblemException e) {
      String reason = switch (e.type()) {
        case ConventionProblems.ALREADY_VOLUNTEERED -> t.get("form.duplicate");
        case ConventionProblems.INVALID_CODE -> t.get("form.badCode");
        case ConventionProblems.WRONG_STATUS -> t.get("form.closed");
        default -> t.get("form.required");
      };
      return form(c, form, t.get("form.error", reason));
    }
  }

  /** The administrators' progress bar while the LEXIMIN computation runs (refreshes itself). */
  @GET
  @Path("{id}/computation")
  public Response computation(@PathParam("id") UUID id) {
    if (!reading.isAdmin()) {
      throw ProblemException.notFound("No such page");
    }
    Texts t = texts();
    Computation job = ceremony.computation(id);
    int total = job.total();
    int done = job.done();
    String state = job.interruptedRun() ? t.get("computation.interrupted")
        : t.get("computation.state." + job.state());
    String main = "<p role=\"status\">" + Html.escape(state)
        + "</p><label for=\"leximin-progress\">" + Html.escape(t.get("computation.progress"))
        + "</label> <progress id=\"leximin-progress\" max=\"" + Math.max(1, total) + "\" value=\""
        + done + "\">" + done + "/" + total + "</progress><p>"
        + Html.escape(t.get("computation.units", done, total, job.panels())) + "</p>";
    Response page = layout.page(t.get("computation.title"), main);
    return job.state().name().equals("RUNNING")
        ? Response.fromResponse(page).header("Refresh", "2").build() : page;
  }

  private Response form(Convention c, Map<String, List<String>> previous, String error) {
    Texts t = texts();
    if (c.status() != ConventionStatus.RECRUITING) {
      return layout.page(t.get("form.title", c.title()),
          "<p>" + Html.escape(t.get("form.closed")) + "</p>");
    }
    StringBuilder f = new StringBuilder();
    if (error != null) {
      f.append("<p role=\"alert\" class=\"error\">").append(Html.escape(error)).append("</p>");
    }
    f.append("<p>").append(Html.escape(t.get("form.intro"))).append("</p>");
    f.append("<form method=\"post\" action=\"/convention/").append(c.id()).append("/volunteer\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(Html.escape(layout.formToken())).append("\">");
    f.append("<fieldset><legend>").append(Html.escape(t.get("form.identity"))).append("</legend>");
    input(f, "lastName", "text", t.get("form.lastName"), previous, true, "family-name");
    input(f, "firstNames", "text", t.get("form.firstNames"), previous, true, "given-name");
    input(f, "birthDate", "date", t.get("form.birthDate"), previous, true, "bday");
    f.append("<p id=\"birthDate-help\">").append(Html.escape(t.get("form.birthDateHelp"))).append("</p>");
    input(f, "email", "email", t.get("form.email"), previous, false, "email");
    f.append("</fieldset>");
    f.append("<h2>").append(Html.escape(t.get("form.questions"))).append("</h2>");
    int i = 0;
    for (var category : c.quotas().byCategory().entrySet()) {
      String name = "q" + i;
      String chosen = first(previous, name);
      f.append("<fieldset><legend>").append(Html.escape(category.getKey())).append("</legend>");
      int j = 0;
      for (QuotaBand band : category.getValue()) {
        String inputId = name + "-" + j++;
        f.append("<div><input type=\"radio\" required name=\"").append(name).append("\" id=\"")
            .append(inputId).append("\" value=\"").append(Html.escape(band.value())).append('"')
            .append(band.value().equals(chosen) ? " checked" : "").append("><label for=\"")
            .append(inputId).append("\">").append(Html.escape(band.value())).append("</label></div>");
      }
      f.append("</fieldset>");
      i++;
    }
    input(f, "invitationCode", "text",
        t.get(c.openToAll() ? "form.invitationCodeOptional" : "form.invitationCode"), previous,
        !c.openToAll(), "off");
    f.append("<div><input type=\"checkbox\" required name=\"consent\" id=\"consent\"><label for=\"consent\">")
        .append(Html.escape(t.get("form.consent"))).append("</label></div>");
    f.append("<div><input type=\"checkbox\" name=\"publishName\" id=\"publishName\"><label for=\"publishName\">")
        .append(Html.escape(t.get("form.publishName"))).append("</label></div>");
    f.append("<button type=\"submit\">").append(Html.escape(t.get("form.submit")))
        .append("</button></form>");
    Response page = layout.page(t.get("form.title", c.title()), f.toString());
    // 422, not 400: RESTEasy escapes the HTML of every 400 response (its XSS sanitizer).
    return error == null ? page : Response.fromResponse(page).status(422).build();
  }

  private static void input(StringBuilder f, String name, String type, String label,
      Map<String, List<String>> previous, boolean required, String autocomplete) {
    String value = "birthDate".equals(name) ? "" : first(previous, name);
    f.append("<div><label for=\"").append(name).append("\">").append(Html.escape(label))
        .append("</label> <input type=\"").append(type).append("\" id=\"").append(name)
        .append("\" name=\"").append(name).append("\" autocomplete=\"").append(autocomplete)
        .append('"').append(required ? " required" : "")
        .append("birthDate".equals(name) ? " aria-describedby=\"birthDate-help\"" : "")
        .append(value.isEmpty() ? "" : " value=\"" + Html.escape(value) + "\"").append("></div>");
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  private void quotas(StringBuilder main, Convention c, Texts t) {
    main.append("<section><h2>").append(Html.escape(t.get("quotas"))).append("</h2><table><caption>")
        .append(Html.escape(t.get("quotas.caption"))).append("</caption><thead><tr><th scope=\"col\">")
        .append(Html.escape(t.get("quotas.category"))).append("</th><th scope=\"col\">")
        .append(Html.escape(t.get("quotas.value"))).append("</th><th scope=\"col\">")
        .append(Html.escape(t.get("quotas.seats"))).append("</th></tr></thead><tbody>");
    for (QuotaBand b : c.quotas().bands()) {
      main.append("<tr><td>").append(Html.escape(b.category())).append("</td><td>")
          .append(Html.escape(b.value())).append("</td><td>")
          .append(Html.escape(t.get("quotas.band", b.min(), b.max()))).append("</td></tr>");
    }
    main.append("</tbody></table></section>");
  }

  private void panel(StringBuilder main, UUID id, Texts t) {
    var panel = reading.panel(id);
    main.append("<section><h2>").append(Html.escape(t.get("panel"))).append("</h2><ul class=\"panel\">");
    panel.names().forEach(n -> main.append("<li>").append(Html.escape(n)).append("</li>"));
    for (int i = 1; i <= panel.unnamed(); i++) {
      main.append("<li>").append(Html.escape(t.get("panel.member", i))).append("</li>");
    }
    main.append("</ul>");
    if (panel.unnamed() > 0) {
      main.append("<p>").append(Html.escape(t.get("panel.unnamedNote"))).append("</p>");
    }
    main.append("</section>");
  }

  /** The panel's sessions and its voted proposals, each linked to its page with the response. */
  private void work(StringBuilder main, UUID id, Texts t) {
    if (members.seat(id).isPresent()) {
      main.append("<p><a class=\"button\" href=\"/convention/space/").append(id).append("\">")
          .append(Html.escape(t.get("space.link"))).append("</a></p>");
    }
    var sessions = members.sessions(id);
    var documents = members.documents(id);
    if (!sessions.isEmpty()) {
      main.append("<section><h2>").append(Html.escape(t.get("sessions"))).append("</h2>");
      sessions.forEach(s -> ProposalHtml.session(main, s, documents, tenant.require().zone(), t));
      main.append("</section>");
    }
    var proposals = members.proposals(id).stream()
        .filter(p -> p.status() != ProposalStatus.DRAFT)
        .toList();
    if (!proposals.isEmpty()) {
      main.append("<section><h2>").append(Html.escape(t.get("proposals"))).append("</h2>");
      proposals.forEach(p -> ProposalHtml.proposal(main, p,
          "/convention/" + id + "/proposals/" + p.id(), t));
      main.append("</section>");
    }
  }

  /** A proposal's public page: its text, the members' result, the commune's response and follow-up. */
  @GET
  @Path("{id}/proposals/{proposal}")
  public Response proposal(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal) {
    Texts t = texts();
    Convention c = reading.visible(id);
    Proposal p = members.published(id, proposal);
    StringBuilder main = new StringBuilder("<p><a href=\"/convention/").append(id).append("\">")
        .append(Html.escape(c.title())).append("</a></p><p><strong>")
        .append(Html.escape(ProposalHtml.outcome(p, t))).append("</strong></p>");
    ProposalHtml.paragraphs(main, p.body());
    if (p.response().isEmpty() && p.status() != ProposalStatus.VOTING) {
      main.append("<p>").append(Html.escape(t.get("proposal.awaitingResponse"))).append("</p>");
    }
    ProposalHtml.response(main, p, t);
    return layout.page(p.title(), main.toString());
  }

  private void ceremony(StringBuilder main, Convention c, Texts t) {
    String base = "/api/conventions/" + c.id();
    main.append("<section><h2>").append(Html.escape(t.get("ceremony"))).append("</h2><ul>");
    main.append("<li>").append(Html.escape(t.get("ceremony.poolHash", c.poolHash().orElse(""))))
        .append("</li>");
    c.lotteryHash().ifPresent(h -> main.append("<li>")
        .append(Html.escape(t.get("ceremony.lotteryHash", c.lotterySize(), h))).append("</li>"));
    c.seed().ifPresent(s -> main.append("<li>")
        .append(Html.escape(t.get("ceremony.seed", s, c.drawnIndex().orElse(0)))).append("</li>"));
    main.append("</ul><h3>").append(Html.escape(t.get("ceremony.files"))).append("</h3><ul>")
        .append("<li><a href=\"").append(base).append("/pool.csv\">")
        .append(Html.escape(t.get("ceremony.poolFile"))).append("</a></li>")
        .append("<li><a href=\"").append(base).append("/quotas.csv\">")
        .append(Html.escape(t.get("ceremony.quotasFile"))).append("</a></li>");
    if (c.lotteryHash().isPresent()) {
      main.append("<li><a href=\"").append(base).append("/lottery.txt\">")
          .append(Html.escape(t.get("ceremony.lotteryFile"))).append("</a></li>");
    }
    main.append("</ul>");
    if (c.lotteryHash().isPresent()) {
      main.append("<figure>").append(ProbabilityChart.svg(reading.probabilities(c.id()),
          c.panelSize(), t)).append("<figcaption>").append(Html.escape(t.get("chart")))
          .append("</figcaption></figure>");
      main.append("<h3>").append(Html.escape(t.get("ceremony.check"))).append("</h3><p>")
          .append(Html.escape(t.get("ceremony.checkText"))).append("</p><pre><code>")
          .append(Html.escape("deploy/bin/parvis sortition draw --algorithm leximin --panel-size "
              + c.panelSize() + " --categories quotas.csv --respondents pool.csv --lottery-size "
              + c.lotterySize() + " --seed \"" + c.seed().orElse("SEED") + "\""))
          .append("</code></pre>");
    }
    main.append("</section>");
  }

  private static void paragraphs(StringBuilder main, String text) {
    ProposalHtml.paragraphs(main, text);
  }

  private Texts texts() {
    return Texts.of("messages.convention", layout.language());
  }
}
