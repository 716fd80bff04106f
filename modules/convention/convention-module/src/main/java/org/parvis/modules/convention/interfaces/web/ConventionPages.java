package org.parvis.modules.convention.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.Ceremony;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.PortalViews;

/**
 * The convention in the portal: the list, a convention's page with its public draw (files, hashes, seed, panel,
 * probability chart, how to re-check), a published proposal, and the administrators' progress of the panels'
 * computation.
 */
@Path("/convention")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ConventionPages {

  @Inject ConventionReading reading;
  @Inject Ceremony ceremony;
  @Inject MembersSpace members;
  @Inject ConventionPageModels models;
  @Inject PortalViews views;

  @GET
  public Response index() {
    Texts t = texts();
    return views.page("convention/index", t.get("title")).with("conventions", models.cards(reading.visible(), t))
        .response();
  }

  @GET
  @Path("{id}")
  public Response convention(@PathParam("id") UUID id) {
    Convention c = reading.visible(id);
    return views.page("convention/convention", c.title()).with("convention", models.page(c, texts())).response();
  }

  @GET
  @Path("{id}/chart.svg")
  @Produces("image/svg+xml")
  public String chart(@PathParam("id") UUID id) {
    Convention c = reading.visible(id);
    return ProbabilityChart.svg(reading.probabilities(id), c.panelSize(), texts());
  }

  /** A proposal's public page: its text, the members' result, the commune's response and follow-up. */
  @GET
  @Path("{id}/proposals/{proposal}")
  public Response proposal(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal) {
    Convention c = reading.visible(id);
    Proposal p = members.published(id, proposal);
    return views.page("convention/proposal-page", p.title()).with("page", models.proposal(c, p, texts()))
        .response();
  }

  /** The administrators' progress bar while the LEXIMIN computation runs (refreshes itself while it runs). */
  @GET
  @Path("{id}/computation")
  public Response computation(@PathParam("id") UUID id) {
    if (!reading.isAdmin()) {
      throw ProblemException.notFound("No such page");
    }
    Texts t = texts();
    Computation job = ceremony.computation(id);
    Response page = views.page("convention/computation", t.get("computation.title"))
        .with("progress", models.progress(job, t)).response();
    return job.state() == Computation.State.RUNNING
        ? Response.fromResponse(page).header("Refresh", "2").build() : page;
  }

  private Texts texts() {
    return Texts.of("messages.convention", views.locale());
  }
}
