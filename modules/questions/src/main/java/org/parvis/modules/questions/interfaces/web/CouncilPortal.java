package org.parvis.modules.questions.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
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

  private Texts texts() {
    return Texts.of("messages.questions", views.locale());
  }
}
