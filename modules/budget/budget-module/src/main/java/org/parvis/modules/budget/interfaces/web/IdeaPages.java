package org.parvis.modules.budget.interfaces.web;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Money;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The form to propose an idea (signed-in people, during the submission phase): envelope, title, description,
 * category, estimated cost and an optional place, with the API's limits. A refused form comes back with what was
 * typed, a summary naming the fields to correct and each message next to its field.
 */
@Path("/budget/{edition}/ideas")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class IdeaPages {

  /** The form's fields, in the order it shows them. */
  static final List<String> FIELDS = List.of("envelope", "title", "description", "category", "estimatedCost",
      "latitude", "longitude");

  /** An envelope to choose. */
  public record Option(String id, String name) {}

  /** The page: the form, or why there is none ({@code closed}, {@code signIn}). */
  public record IdeaForm(UUID edition, String unavailable, List<Option> envelopes) {}

  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject Caller caller;
  @Inject PortalViews views;

  @GET
  @Path("new")
  public Response form(@PathParam("edition") UUID id) {
    return page(editions.edition(id), Form.empty()).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@PathParam("edition") UUID id, MultivaluedMap<String, String> posted) {
    Edition edition = editions.edition(id);
    return views.submit(Form.of(posted), form -> {
      String author = caller.subject().orElseThrow(() -> ProblemException.forbidden("Sign in to propose an idea"));
      String envelope = form.choice("envelope",
          editions.envelopes(id).stream().map(e -> e.id().toString()).toList());
      String title = form.text("title", 200);
      String description = form.paragraphs("description", 20_000);
      String category = form.text("category", 80);
      long cost = form.wholeNumber("estimatedCost", 0, Money.MAX);
      Double latitude = coordinate(form, "latitude", 90);
      Double longitude = coordinate(form, "longitude", 180);
      if (!form.isValid()) {
        BudgetMessages m = BudgetPortal.messages(views);
        form.refuse("", "budget.idea.invalid", FIELDS.stream().filter(f -> form.error(f).isPresent())
            .map(f -> m.get("budget.idea." + f)).collect(Collectors.joining(", ")));
      }
      form.requireValid();
      Idea idea = ideas.submit(id, new IdeaBox.Proposal(UUID.fromString(envelope), title.strip(),
          description.strip(), category.strip(), latitude, longitude, cost), author);
      return "/budget/" + id + "/projects/" + idea.id() + "?idea=submitted";
    }, form -> page(edition, form));
  }

  /** An optional coordinate in plain digits, between {@code -limit} and {@code limit}. */
  private static Double coordinate(Form form, String field, int limit) {
    String typed = form.typed(field).strip().replace(',', '.');
    if (typed.isEmpty()) {
      return null;
    }
    try {
      double value = PlainNumbers.coordinate(typed);
      if (Math.abs(value) <= limit) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    form.refuse(field, "budget.idea.notCoordinate", limit);
    return null;
  }

  private View page(Edition edition, Form form) {
    BudgetMessages m = BudgetPortal.messages(views);
    String unavailable = edition.phaseAt(Instant.now()) != Phase.IDEA_SUBMISSION ? m.get("budget.idea.closed")
        : caller.subject().isEmpty() ? m.get("budget.idea.signIn") : null;
    List<Option> envelopes = editions.envelopes(edition.id()).stream()
        .map((Envelope e) -> new Option(e.id().toString(), e.name())).toList();
    return views.page("budget/idea-form", m.get("budget.idea.pageTitle", edition.title()))
        .with("idea", new IdeaForm(edition.id(), unavailable, envelopes)).form(form);
  }
}
