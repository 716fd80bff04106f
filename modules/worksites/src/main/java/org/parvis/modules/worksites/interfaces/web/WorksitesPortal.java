package org.parvis.modules.worksites.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The worksites list (with its map drawn on the server: no tiles, no script) and a worksite's page with its shifts,
 * a registration form per shift and the items volunteers may promise to bring. Every form is a plain POST with
 * labelled fields; a refused one comes back with its message and what was typed.
 */
@Path("/worksites")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class WorksitesPortal {

  @Inject PortalViews views;
  @Inject WorksitePageModels models;
  @Inject WorksiteReading reading;
  @Inject ShiftBooking booking;
  @Inject WorksitePlanning planning;
  @Inject Residents residents;

  @GET
  public Response index(@QueryParam("reported") String reported) {
    Texts t = texts();
    return views.page("worksites/index", t.get("page.title")).with("index", models.index(t))
        .with("notice", reported != null ? t.get("report.sent") : "").response();
  }

  @GET
  @Path("{id}")
  public Response worksite(@PathParam("id") UUID id, @QueryParam("registered") String registered,
      @QueryParam("pledged") String pledged) {
    Texts t = texts();
    String notice = registered != null ? t.get("mine.registered")
        : pledged != null ? t.get("worksite.item.pledgedByYou") : "";
    return page(reading.require(id), notice, Form.empty()).response();
  }

  @POST
  @Path("{id}/shifts/{shift}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(@PathParam("id") UUID id, @PathParam("shift") UUID shiftId,
      MultivaluedMap<String, String> posted) {
    Worksite worksite = reading.require(id);
    if (!booking.shift(shiftId).worksiteId().equals(id)) {
      throw ProblemException.notFound("No shift " + shiftId + " in worksite " + id);
    }
    return views.submit(Form.of(posted), form -> {
      var person = residents.require();
      long companions = form.wholeNumber("companions", 0, 1_000);
      boolean oldEnough = form.checked("minimumAgeMet");
      form.requireValid();
      booking.register(shiftId, (int) companions, oldEnough, person);
      return "/worksites/" + id + "?registered=1#shift-" + shiftId;
    }, form -> page(worksite, "", form));
  }

  /** A volunteer promises to bring an item the commune does not provide. */
  @POST
  @Path("{id}/items/{item}/pledge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response pledge(@PathParam("id") UUID id, @PathParam("item") UUID itemId,
      MultivaluedMap<String, String> posted) {
    Worksite worksite = reading.require(id);
    return views.submit(Form.of(posted), form -> {
      planning.pledge(id, itemId, residents.require());
      return "/worksites/" + id + "?pledged=1";
    }, form -> page(worksite, "", form));
  }

  private View page(Worksite worksite, String notice, Form form) {
    return views.page("worksites/worksite", worksite.title()).with("worksite", models.worksite(worksite, texts()))
        .with("notice", notice).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.worksites", views.locale());
  }
}
