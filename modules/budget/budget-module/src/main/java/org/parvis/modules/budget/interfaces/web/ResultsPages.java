package org.parvis.modules.budget.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.PortalViews;

/** An edition's published results, with the follow-up of the funded projects; nothing before the vote closes. */
@Path("/budget/{edition}/results")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ResultsPages {

  @Inject EditionAdministration editions;
  @Inject PublishedResults results;
  @Inject WorksFollowUp works;
  @Inject PortalViews views;

  @GET
  public Response results(@PathParam("edition") UUID id) {
    BudgetMessages m = BudgetPortal.messages(views);
    Edition edition = editions.edition(id);
    var page = views.page("budget/results", m.get("budget.results.title", edition.title()));
    if (!edition.phaseAt(Instant.now()).isAtLeast(Phase.RESULTS)) {
      return page.response();
    }
    return page.with("results", ResultsPageModels.of(results.results(id), works.followUps(id), m)).response();
  }
}
