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
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/** "My registrations": the visitor's shifts, each with a cancel button until it starts. */
@Path("/worksites/mine")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class MyShiftsPages {

  @Inject PortalViews views;
  @Inject WorksitePageModels models;
  @Inject ShiftBooking booking;
  @Inject Residents residents;
  @Inject Caller caller;

  @GET
  public Response mine(@QueryParam("cancelled") String cancelled) {
    return page(cancelled != null ? texts().get("mine.cancelled") : "", Form.empty()).response();
  }

  @POST
  @Path("{shift}/cancellation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response cancel(@PathParam("shift") UUID shiftId, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      booking.cancel(shiftId, residents.require());
      return "/worksites/mine?cancelled=1";
    }, form -> page("", form));
  }

  private View page(String notice, Form form) {
    Texts t = texts();
    List<WorksitePageModels.MyShift> mine = caller.verifiedResidentId().map(me -> models.mine(me, t))
        .orElse(List.of());
    return views.page("worksites/mine", t.get("mine.title")).with("mine", mine)
        .with("verified", caller.verifiedResidentId().isPresent()).with("notice", notice).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.worksites", views.locale());
  }
}
