package org.parvis.modules.petitions.interfaces.web;

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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.PaperIdentity;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.application.PetitionSigning;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/**
 * Public petitions with their live counter and progress bar, inside the portal frame; verified
 * residents sign and withdraw with plain forms (no script), proving their age where the tenant
 * sets a minimum.
 */
@Path("/petitions")
@ModuleEndpoint(PetitionsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class PetitionsPortal {

  @Inject PetitionReading petitions;
  @Inject PortalLayout layout;
  @Inject PetitionSigning signing;
  @Inject Caller caller;
  @Inject ModuleSettings settings;
  @Inject CurrentTenant tenant;

  @GET
  public Response index() {
    Texts t = Texts.of("messages.petitions", layout.language());
    var list = petitions.publicPetitions();
    String main = list.isEmpty()
        ? "<p>" + Html.escape(t.get("none")) + "</p>"
        : list.stream()
            .map(p -> "<li><h2><a href=\"/petitions/" + p.id() + "\">" + Html.escape(p.title())
                + "</a></h2>" + progress(p, t) + "</li>")
            .collect(Collectors.joining("\n", "<ul class=\"petitions\">", "</ul>"));
    return layout.page(t.get("title"), main);
  }

  @GET
  @Path("{id}")
  public Response petition(@PathParam("id") UUID id) {
    return petitionPage(petitions.visible(id), null, 200);
  }

  /** Signs (with the identity proof where a minimum age is set) or withdraws, from the page's forms. */
  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    layout.requireFormToken(form.getFirst("csrf"));
    Petition p = petitions.visible(id);
    Texts t = Texts.of("messages.petitions", layout.language());
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return petitionPage(p, t.get("verifyHint"), 403);
    }
    try {
      if ("withdraw".equals(form.getFirst("action"))) {
        signing.withdraw(id, resident.get());
      } else {
        Optional<String> email = "on".equals(form.getFirst("keepInformed"))
            ? caller.email() : Optional.empty();
        if (minimumAge() > 0) {
          signing.signWithIdentity(id, resident.get(), new PaperIdentity(
              form.getFirst("lastName"), form.getFirst("firstNames"), date(form.getFirst("birthDate"))),
              email);
        } else {
          signing.sign(id, resident.get(), email);
        }
      }
    } catch (ProblemException refused) {
      return petitionPage(p, t.get("refused", refused.getMessage()), layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/petitions/" + id)).build();
  }

  private Response petitionPage(Petition p, String refusal, int status) {
    Texts t = Texts.of("messages.petitions", layout.language());
    ZoneId zone = tenant.require().zone();
    StringBuilder main = new StringBuilder();
    main.append(progress(p, t));
    p.closesAt().filter(c -> p.statusAt(Instant.now()).name().equals("PUBLISHED")).ifPresent(c -> main.append(
        "<p>").append(Html.escape(t.get("closes", LocalTimes.day(c, zone, t.locale())))).append("</p>"));
    p.body().lines().filter(line -> !line.isBlank())
        .forEach(line -> main.append("<p>").append(Html.escape(line)).append("</p>"));
    p.councilMeetingDate().ifPresent(d -> main.append("<p><strong>")
        .append(Html.escape(t.get("meeting", LocalTimes.day(d, t.locale())))).append("</strong></p>"));
    p.answer().ifPresent(answer -> {
      main.append("<section><h2>").append(Html.escape(t.get("answer"))).append("</h2>");
      answer.lines().filter(line -> !line.isBlank())
          .forEach(line -> main.append("<p>").append(Html.escape(line)).append("</p>"));
      p.decision().ifPresent(d -> main.append("<p><strong>")
          .append(Html.escape(t.get("decision." + d.name()))).append("</strong></p>"));
      main.append("</section>");
    });
    if (refusal != null) {
      main.append("<p class=\"refusal\" role=\"alert\" tabindex=\"-1\" id=\"refusal\">")
          .append(Html.escape(refusal)).append("</p>");
    }
    if (p.statusAt(Instant.now()).name().equals("PUBLISHED")) {
      main.append(signingPart(p, t));
    }
    return layout.page(status, p.title(), main.toString());
  }

  private String signingPart(Petition p, Texts t) {
    if (caller.subject().isEmpty()) {
      return "<p>" + Html.escape(t.get("signHint")) + "</p>";
    }
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return "<p>" + Html.escape(t.get("verifyHint")) + "</p>";
    }
    String open = "<form method=\"post\" action=\"/petitions/" + p.id() + "\">"
        + "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(layout.formToken()) + "\">";
    if (signing.hasSigned(p.id(), resident.get())) {
      return "<p class=\"signed\" role=\"status\">" + Html.escape(t.get("signed")) + "</p>" + open
          + "<input type=\"hidden\" name=\"action\" value=\"withdraw\"><button type=\"submit\">"
          + Html.escape(t.get("withdraw")) + "</button></form>";
    }
    StringBuilder form = new StringBuilder(open)
        .append("<input type=\"hidden\" name=\"action\" value=\"sign\">");
    if (minimumAge() > 0) {
      form.append("<fieldset><legend>").append(Html.escape(t.get("ageProof", minimumAge())))
          .append("</legend>")
          .append(field("lastName", "text", "family-name", t))
          .append(field("firstNames", "text", "given-name", t))
          .append(field("birthDate", "date", "bday", t))
          .append("</fieldset>");
    }
    return form.append("<p><input type=\"checkbox\" id=\"keepInformed\" name=\"keepInformed\">")
        .append("<label for=\"keepInformed\">").append(Html.escape(t.get("keepInformed")))
        .append("</label></p><button type=\"submit\">").append(Html.escape(t.get("sign")))
        .append("</button></form>").toString();
  }

  private static String field(String name, String type, String autocomplete, Texts t) {
    return "<p><label for=\"" + name + "\">" + Html.escape(t.get(name)) + "</label> <input type=\""
        + type + "\" id=\"" + name + "\" name=\"" + name + "\" autocomplete=\"" + autocomplete
        + "\" required></p>";
  }

  private long minimumAge() {
    return settings.getLong(PetitionsModule.ID, PetitionsModule.MINIMUM_AGE);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "birthDate",
          "is not a date (YYYY-MM-DD)");
    }
  }

  private String progress(Petition p, Texts t) {
    long count = petitions.counts(p.id()).signatures();
    String status = "<p class=\"status\">" + Html.escape(t.get("status." + p.statusAt(Instant.now()).name())) + "</p>";
    if (p.threshold().isEmpty()) {
      return status + "<p class=\"counter\">" + Html.escape(t.get("signaturesNoGoal", count)) + "</p>";
    }
    long goal = p.threshold().get();
    return status
        + "<p class=\"counter\" data-count=\"" + count + "\">"
        + Html.escape(t.get("signatures", count, goal)) + "</p>"
        + "<progress max=\"" + goal + "\" value=\"" + Math.min(count, goal) + "\" aria-label=\""
        + Html.escape(t.get("progress")) + "\">" + count + "/" + goal + "</progress>";
  }
}
