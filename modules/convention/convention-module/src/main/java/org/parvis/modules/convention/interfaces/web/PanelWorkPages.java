package org.parvis.modules.convention.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administrators' page for a seated panel's work: sessions with their agenda and documents (uploaded as
 * multipart forms, kept by the platform's attachments), opening and closing the vote on each proposal, the commune's
 * response and follow-up, and the end of the mandate, which erases the volunteers' personal data.
 */
@Path("/convention/admin/work/{id}")
@ModuleEndpoint(ConventionModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PanelWorkPages {

  @Inject MembersSpace space;
  @Inject ConventionAdministration administration;
  @Inject PanelWorkPageModels models;
  @Inject PortalViews views;
  @Inject CurrentTenant tenant;

  @GET
  public Response page(@PathParam("id") UUID id) {
    return page(id, Form.empty()).response();
  }

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addSession(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), form -> {
      String title = form.text("title", 200);
      LocalDateTime start = form.dateTime("startsAt");
      LocalDateTime end = form.dateTime("endsAt");
      String place = form.optionalText("place", 300).orElse(null);
      String agenda = form.optionalParagraphs("agenda", 20_000).orElse(null);
      if (start != null && end != null && !end.isAfter(start)) {
        form.refuse("endsAt", "work.error.when");
      }
      form.requireValid();
      var zone = tenant.require().zone();
      OnTheForm.run(form, () -> space.addSession(id, title, start.atZone(zone).toInstant(),
          end.atZone(zone).toInstant(), place, agenda));
    });
  }

  /** A session document: the file and its caption (the link's text). */
  @POST
  @Path("sessions/{session}/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addDocument(@PathParam("id") UUID id, @PathParam("session") UUID session,
      List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    return views.submit(Form.of(posted), form -> {
      Optional<MultipartForm.Upload> file = posted.file("file", "document");
      String caption = form.optionalText("caption", 300).orElse("");
      if (file.isEmpty()) {
        form.refuse("file", "work.error.file");
      }
      form.requireValid();
      String filename = file.get().filename();
      filename = filename.length() > 255 ? filename.substring(filename.length() - 255) : filename;
      space.addDocument(id, session, filename, caption, file.get().content());
      return "/convention/admin/work/" + id;
    }, form -> page(id, form));
  }

  @POST
  @Path("proposals/{proposal}/opening")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response openVote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), form -> {
      if ("MAJORITY_JUDGMENT".equals(form.typed("method"))) {
        Grade minimum = form.typed("minimumGrade").isEmpty() ? Grade.FAIR : form.choice("minimumGrade", Grade.class);
        form.requireValid();
        OnTheForm.run(form, () -> space.openJudgment(id, proposal, minimum));
      } else {
        long threshold = form.wholeNumber("threshold", 1, 100);
        form.requireValid();
        OnTheForm.run(form, () -> space.openVote(id, proposal, (int) threshold));
      }
    });
  }

  @POST
  @Path("proposals/{proposal}/closing")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeVote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), form -> OnTheForm.run(form, () -> space.closeVote(id, proposal)));
  }

  @POST
  @Path("proposals/{proposal}/response")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response respond(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), form -> {
      String response = form.paragraphs("response", 20_000);
      String followUp = form.optionalParagraphs("followUp", 20_000).orElse(null);
      form.requireValid();
      OnTheForm.run(form, () -> space.respond(id, proposal, response, followUp));
    });
  }

  /** Ends the mandate once the administrator ticked the confirmation; back to the console. */
  @POST
  @Path("end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      if (!form.checked("confirm")) {
        form.refuse("confirm", "work.error.confirm");
      }
      form.requireValid();
      OnTheForm.run(form, () -> administration.end(id));
      return "/convention/admin/" + id;
    }, form -> page(id, form));
  }

  /** Runs one of the page's forms: back to the page on success, the page again with the refusal otherwise. */
  private Response act(UUID id, Form posted, java.util.function.Consumer<Form> action) {
    Function<Form, String> run = form -> {
      action.accept(form);
      return "/convention/admin/work/" + id;
    };
    return views.submit(posted, run, form -> page(id, form));
  }

  private View page(UUID id, Form form) {
    Texts t = texts();
    Convention c = administration.require(id);
    return views.page("convention/work", t.get("work.title", c.title())).with("work", models.work(c, form, t))
        .form(form);
  }

  private Texts texts() {
    return Texts.of("messages.convention", views.locale());
  }
}
