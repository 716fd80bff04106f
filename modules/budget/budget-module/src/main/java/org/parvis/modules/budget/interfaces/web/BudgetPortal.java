package org.parvis.modules.budget.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.ProjectPhotos.Asker;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalViews;

/**
 * The participatory budget in the portal: the list of editions and an edition's page (its calendar, its map, its
 * envelopes with their ideas or projects and the links to vote). The other pages have their own classes: {@link
 * IdeaPages}, {@link ProjectPages}, {@link BallotPages}, {@link ResultsPages}.
 */
@Path("/budget")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class BudgetPortal {

  @Inject EditionAdministration editions;
  @Inject EditionPageModels models;
  @Inject Caller caller;
  @Inject PortalViews views;

  @GET
  public Response index() {
    BudgetMessages m = messages(views);
    return views.page("budget/index", m.get("budget.title")).with("editions", models.cards(m)).response();
  }

  @GET
  @Path("{edition}")
  public Response edition(@PathParam("edition") UUID id) {
    Edition edition = editions.edition(id);
    return views.page("budget/edition", edition.title())
        .with("edition", models.page(edition, asker(caller), messages(views))).response();
  }

  /** The budget's texts in the visitor's language. */
  static BudgetMessages messages(PortalViews views) {
    return BudgetMessages.in(views.locale().getLanguage());
  }

  /** The signed-in caller as the photos see them (staff when administrator or staff); empty when anonymous. */
  static Optional<Asker> asker(Caller caller) {
    var roles = caller.tenantRoles();
    return caller.subject().map(subject -> new Asker(subject,
        roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.STAFF)));
  }
}
