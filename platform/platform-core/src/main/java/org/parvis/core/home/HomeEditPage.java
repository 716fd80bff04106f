package org.parvis.core.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parvis.spi.geo.Area;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/** The administrators' page for the tenant's home page: the welcome text and the banner with its alternative. */
@Path("/admin/home")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class HomeEditPage {

  @Inject PortalViews views;
  @Inject HomeContents contents;

  @GET
  public Response form() {
    HomeContents.Current current = contents.current();
    Map<String, String> values = new HashMap<>();
    values.put("welcome", current.welcome());
    values.put("bannerAlt", current.banner().map(HomeContents.Banner::alt).orElse(""));
    current.area().ifPresent(a -> {
      values.put("areaSouth", String.valueOf(a.south()));
      values.put("areaWest", String.valueOf(a.west()));
      values.put("areaNorth", String.valueOf(a.north()));
      values.put("areaEast", String.valueOf(a.east()));
    });
    return page(Form.prefilled(values)).response();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response edit(List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    return views.submit(Form.of(posted), form -> {
      String welcome = form.optionalParagraphs("welcome", HomeContent.MAX_WELCOME).orElse("");
      String alt = form.optionalText("bannerAlt", HomeContent.MAX_ALT).orElse("");
      boolean remove = form.checked("removeBanner");
      Area area = area(form);
      form.requireValid();
      contents.edit(welcome, posted.file("banner", "banner").map(u -> new HomeContents.Upload(u.filename(),
          u.content())), alt, remove, area);
      return "/";
    }, this::page);
  }

  /** The four bounds of the area, all or none ({@code null}), a decimal comma accepted. */
  static Area area(Form form) {
    String[] fields = {"areaSouth", "areaWest", "areaNorth", "areaEast"};
    Double[] bounds = new Double[4];
    int given = 0;
    for (int i = 0; i < 4; i++) {
      Optional<String> typed = form.optionalText(fields[i], 40);
      if (typed.isPresent()) {
        given++;
        try {
          bounds[i] = Double.parseDouble(typed.get().replace(',', '.'));
        } catch (NumberFormatException e) {
          form.refuse(fields[i], "area.notDegrees");
        }
      }
    }
    if (given == 0 || !form.isValid()) {
      return null;
    }
    if (given < 4) {
      for (int i = 0; i < 4; i++) {
        if (bounds[i] == null) {
          form.refuse(fields[i], "area.allOrNone");
        }
      }
      return null;
    }
    try {
      return new Area(bounds[0], bounds[1], bounds[2], bounds[3]);
    } catch (IllegalArgumentException e) {
      form.refuse(bounds[0] >= bounds[2] || Math.abs(bounds[0]) > 90 || Math.abs(bounds[2]) > 90
          ? "areaSouth" : "areaWest", "area.invalid");
      return null;
    }
  }

  private View page(Form form) {
    Texts t = Texts.of("messages.home", views.locale());
    return views.page("home/edit", t.get("edit.title"))
        .with("banner", contents.current().banner().map(HomeContents.Banner::url).orElse(""))
        .form(form);
  }
}
