package org.parvis.modules.petitions.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/** Public petitions with their live counter and progress bar, inside the portal frame. */
@Path("/petitions")
@ModuleEndpoint(PetitionsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class PetitionsPortal {

  @Inject PetitionReading petitions;
  @Inject PortalLayout layout;

  @GET
  public Response index() {
    PetitionTexts t = new PetitionTexts(layout.language());
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
    PetitionTexts t = new PetitionTexts(layout.language());
    Petition p = petitions.visible(id);
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(layout.language()));
    StringBuilder main = new StringBuilder();
    main.append(progress(p, t));
    p.closesAt().filter(c -> p.status().name().equals("PUBLISHED")).ifPresent(c -> main.append(
        "<p>").append(Html.escape(t.get("closes", dates.format(c.atZone(ZoneOffset.UTC))))).append("</p>"));
    p.body().lines().filter(line -> !line.isBlank())
        .forEach(line -> main.append("<p>").append(Html.escape(line)).append("</p>"));
    p.councilMeetingDate().ifPresent(d -> main.append("<p><strong>")
        .append(Html.escape(t.get("meeting", dates.format(d)))).append("</strong></p>"));
    p.answer().ifPresent(answer -> {
      main.append("<section><h2>").append(Html.escape(t.get("answer"))).append("</h2>");
      answer.lines().filter(line -> !line.isBlank())
          .forEach(line -> main.append("<p>").append(Html.escape(line)).append("</p>"));
      p.decision().ifPresent(d -> main.append("<p><strong>")
          .append(Html.escape(t.get("decision." + d.name()))).append("</strong></p>"));
      main.append("</section>");
    });
    if (p.status().name().equals("PUBLISHED")) {
      main.append("<p>").append(Html.escape(t.get("signHint"))).append("</p>");
    }
    return layout.page(p.title(), main.toString());
  }

  private String progress(Petition p, PetitionTexts t) {
    long count = petitions.counts(p.id()).signatures();
    String status = "<p class=\"status\">" + Html.escape(t.get("status." + p.status().name())) + "</p>";
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
