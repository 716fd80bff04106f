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
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/** A shift's check-in list: staff record how many people of each confirmed registration came. */
@Path("/worksites/staff/shifts/{shift}")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class StaffCheckInPages {

  @Inject PortalViews views;
  @Inject StaffPageModels models;
  @Inject StaffAccess access;
  @Inject ShiftBooking booking;

  @GET
  public Response checkIn(@PathParam("shift") UUID shiftId, @QueryParam("done") String done) {
    access.requireStaff();
    return page(booking.shift(shiftId), done != null ? texts().get("staff.done") : "", Form.empty()).response();
  }

  @POST
  @Path("registrations/{registration}/attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordAttendance(@PathParam("shift") UUID shiftId, @PathParam("registration") UUID registrationId,
      MultivaluedMap<String, String> posted) {
    access.requireStaff();
    Shift shift = booking.shift(shiftId);
    int places = shift.registrations().stream().filter(r -> r.id().equals(registrationId))
        .mapToInt(ShiftRegistration::places).findFirst()
        .orElseThrow(() -> ProblemException.notFound("No registration " + registrationId));
    return views.submit(Form.of(posted), form -> {
      long attendees = form.wholeNumber("attendees", 0, places);
      form.requireValid();
      booking.recordAttendance(shiftId, registrationId, (int) attendees);
      return "/worksites/staff/shifts/" + shiftId + "?done=1#r-" + registrationId;
    }, form -> page(shift, "", form));
  }

  private View page(Shift shift, String notice, Form form) {
    Texts t = texts();
    return views.page("worksites/staff-check-in", t.get("staff.checkIn")).with("checkIn", models.checkIn(shift, t))
        .with("shiftId", shift.id()).with("notice", notice).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.worksites", views.locale());
  }
}
