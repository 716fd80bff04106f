package org.parvis.modules.votations.interfaces.web;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.votations.VotationsModule;
import org.parvis.modules.votations.application.BallotChoice;
import org.parvis.modules.votations.application.VotationReading;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.application.VotationResults;
import org.parvis.modules.votations.application.Voting;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * Votations in the portal: the list, one votation with its ballot (usable with the keyboard alone, no script), and
 * the results with the merit profile chart and the same numbers in a table.
 */
@Path("/votations")
@ModuleEndpoint(VotationsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class VotationsPortal {

  @Inject VotationReading reading;
  @Inject Voting voting;
  @Inject VotationResults results;
  @Inject VotationPageModels models;
  @Inject Caller caller;
  @Inject PortalViews views;

  @GET
  public Response index() {
    Texts t = texts();
    var cards = reading.all(caller.verifiedResidentId()).stream().map(s -> models.card(s, t)).toList();
    return views.page("votations/index", t.get("title")).with("votations", cards).response();
  }

  @GET
  @Path("{id}")
  public Response votation(@PathParam("id") UUID id) {
    return page(reading.one(id, caller.verifiedResidentId()), Form.empty()).response();
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Summary summary = reading.one(id, caller.verifiedResidentId());
    return views.submit(Form.of(posted), form -> {
      UUID resident = caller.verifiedResidentId().orElseThrow(() -> new ProblemException(403,
          "urn:parvis:problem:residency-verification-required", "Forbidden", "Verify your residency first"));
      BallotChoice choice = choice(summary.votation(), form);
      form.requireValid();
      voting.vote(id, resident, choice);
      return "/votations/" + id;
    }, form -> page(summary, form));
  }

  @GET
  @Path("{id}/results")
  public Response results(@PathParam("id") UUID id) {
    Texts t = texts();
    Votation votation = reading.one(id, caller.verifiedResidentId()).votation();
    return views.page("votations/results", t.get("results") + " — " + votation.question())
        .with("results", models.results(votation, results.of(id), t)).response();
  }

  private View page(Summary summary, Form form) {
    Texts t = texts();
    return views.page("votations/votation", summary.votation().question())
        .with("votation", models.page(summary, t))
        .with("ballot", models.ballot(summary, form, t))
        .form(form);
  }

  /** The ballot as the form gives it; a grade or a choice the page did not offer is refused. */
  private static BallotChoice choice(Votation votation, Form form) {
    Map<UUID, String> grades = new HashMap<>();
    Set<UUID> approved = new HashSet<>();
    UUID single = null;
    switch (votation.method()) {
      case MAJORITY_JUDGMENT -> {
        var scale = votation.gradeScale().orElseThrow().labelsBestFirst();
        for (VotationOption option : votation.options()) {
          String grade = form.choice("grade-" + option.id(), scale);
          if (grade != null) {
            grades.put(option.id(), grade);
          }
        }
      }
      case APPROVAL -> votation.options().stream().filter(o -> form.values("approved").contains(o.id().toString()))
          .forEach(o -> approved.add(o.id()));
      case SINGLE_CHOICE -> {
        String chosen = form.choice("choice", votation.options().stream().map(o -> o.id().toString()).toList());
        single = chosen == null ? null : UUID.fromString(chosen);
      }
    }
    return new BallotChoice(grades, approved, single);
  }

  private Texts texts() {
    return Texts.of("messages.votations", views.locale());
  }
}
