package org.parvis.modules.budget.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.EditionAdministration.EnvelopeSpec;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.interfaces.rest.EditionResource.EditionBody;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;

/**
 * The administrators' list of editions and the form creating one (envelopes, ballot, allocation rule, calendar),
 * checked by the API's body constraints and {@link EditionAdministration}'s rules; a refused form comes back with
 * its reason (focused) and what was typed. An edition's own page is {@link EditionAdministrationPages}; importing a
 * past edition is {@link PabulibPages}.
 */
@Path("/budget/administration")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdministrationPages {

  @Inject EditionAdministration administration;
  @Inject BodyValidator edge;
  @Inject AdministrationPageModels models;
  @Inject PortalViews views;

  @GET
  public Response editions() {
    return models.editions(models.defaults(), null).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      EditionBody body = edge.check(EditionForm.body(form.typed(), models.zone()));
      Edition created = administration.create(body.title().strip(), body.allocationRule(), rules(body),
          body.calendar().toCalendar(),
          body.envelopes().stream().map(e -> new EnvelopeSpec(e.name().strip(), e.amount(), e.district())).toList(),
          body.equalShares().utility(), body.equalShares().completion());
      return "/budget/administration/" + created.id() + "?saved=created";
    }, form -> models.editions(form.typed(), AdministrationPageModels.refusal(form, BudgetPortal.messages(views))));
  }

  private static BallotRules rules(EditionBody body) {
    try {
      return body.ballot().toRules();
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid("ballot", e.getMessage());
    }
  }
}
