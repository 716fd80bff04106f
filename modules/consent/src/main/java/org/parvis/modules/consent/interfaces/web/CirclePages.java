package org.parvis.modules.consent.interfaces.web;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.Circles;
import org.parvis.modules.consent.application.ConsentProcess;
import org.parvis.modules.consent.domain.Circle;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * A circle's page: its members and its proposals by status; members make a proposal there, administrators add and
 * remove members (found by name or e-mail with the person picker, never by a typed account id). Others get 404, as from the API.
 */
@Path("/consent/circles/{id}")
@ModuleEndpoint(ConsentModule.ID)
@Produces(MediaType.TEXT_HTML)
public class CirclePages {

  /** Days given to answer, proposed when the form is first shown. */
  static final int DEFAULT_DAYS = 7;

  /** The person picker of the form that adds a member. */
  static final String PICKER = "person";

  @Inject Circles circles;
  @Inject ConsentProcess process;
  @Inject ConsentPageModels models;
  @Inject ConsentAccess access;
  @Inject PortalViews views;
  @Inject People people;

  @GET
  public Response circle(@PathParam("id") UUID id) {
    return access.guarded(() -> {
      Circle circle = visible(id);
      LocalDate until = LocalDate.now(models.zone()).plusDays(DEFAULT_DAYS);
      return page(circle, Form.prefilled(Map.of("deadline", until.toString()))).response();
    });
  }

  /** A member proposes a decision to the circle: title, text and the last day to answer. */
  @POST
  @Path("proposals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response propose(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      String subject = access.subject();
      Circle circle = visible(id);
      return views.submit(Form.of(posted), form -> {
        String title = form.text("title", 200);
        String text = form.paragraphs("text", 20_000);
        Instant deadline = models.lastDay(form, "deadline");
        form.requireValid();
        return "/consent/proposals/" + process.propose(circle.name(), title, text, subject, deadline).id();
      }, form -> page(circle, form));
    });
  }

  @POST
  @Path("members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      access.administratorSubject();
      Circle circle = circles.get(id);
      Form form = Form.of(posted);
      if (form.searching(PICKER)) {
        View searched = page(circle, form);
        return searched.status(form.isValid() ? 200 : 422).response();
      }
      return views.submit(form, f -> {
        Person person = f.person(PICKER, people);
        f.requireValid();
        circles.add(id, person.subject());
        return "/consent/circles/" + id;
      }, f -> page(circle, f));
    });
  }

  @POST
  @Path("members/removal")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      access.administratorSubject();
      Circle circle = circles.get(id);
      return views.submit(Form.of(posted), form -> {
        String subject = form.text("member", 255);
        form.requireValid();
        circles.remove(id, subject);
        return "/consent/circles/" + id;
      }, form -> page(circle, form));
    });
  }

  /** The circle, for its members and the administrators; 404 for others, as from the API. */
  private Circle visible(UUID id) {
    String subject = access.subject();
    Circle circle = circles.get(id);
    if (!access.administrator() && !circles.isMember(id, subject)) {
      throw ProblemException.notFound("No circle " + id);
    }
    return circle;
  }

  private View page(Circle circle, Form form) {
    Texts t = access.texts();
    boolean administrator = access.administrator();
    List<Person> found = administrator ? form.personQuery(PICKER).map(people::search).orElse(null) : null;
    return views.page("consent/circle", circle.name())
        .with("circle", models.circle(circle, access.subject(), administrator, t))
        .with("administrator", administrator)
        .with("found", found)
        .form(form);
  }
}
