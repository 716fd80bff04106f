package org.parvis.modules.questions.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.modules.questions.interfaces.rest.SessionsCalendar;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.PortalViews;

/**
 * The council's public page (facts of the questions put to the council as a whole, its coming sessions with their
 * agenda, its officials) and each official's page (function, delegations, term, facts, questions received).
 */
@Path("/questions/council")
@ModuleEndpoint(QuestionsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class CouncilPortal {

  @Inject QuestionReading reading;
  @Inject QuestionPageModels models;
  @Inject PortalViews views;
  @Inject CurrentTenant tenant;

  @GET
  public Response council() {
    Texts t = texts();
    return views.page("questions/council", t.get("council.title"))
        .with("facts", models.facts(reading.facts(Optional.empty()), t))
        .with("deadlineDays", reading.deadline().toDays())
        .with("coming", models.comingSessions(t))
        .with("officials", models.officials(t))
        .response();
  }

  @GET
  @Path("officials/{id}")
  public Response official(@PathParam("id") UUID id) {
    Texts t = texts();
    var official = reading.official(id);
    return views.page("questions/official", official.name())
        .with("official", models.official(official, t))
        .with("deadlineDays", reading.deadline().toDays())
        .response();
  }

  /** The sessions as an iCalendar feed to subscribe to (every session, past ones included). */
  @GET
  @Path("sessions.ics")
  @Produces("text/calendar; charset=UTF-8")
  public Response calendar(@Context UriInfo uri) {
    Texts t = texts();
    var ref = tenant.require();
    String page = uri.getBaseUriBuilder().path("questions/council").build().toString();
    String feed = SessionsCalendar.of(t.get("calendar.name", ref.displayName()),
        t.get("calendar.summary", ref.displayName()), reading.sessions(), ref.slug() + ".parvis", page,
        Instant.now());
    return Response.ok(feed).header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"sessions.ics\"").build();
  }

  private Texts texts() {
    return Texts.of("messages.questions", views.locale());
  }
}
