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
      form.requireValid();
      contents.edit(welcome, posted.file("banner", "banner").map(u -> new HomeContents.Upload(u.filename(),
          u.content())), alt, remove);
      return "/";
    }, this::page);
  }

  private View page(Form form) {
    Texts t = Texts.of("messages.home", views.locale());
    return views.page("home/edit", t.get("edit.title"))
        .with("banner", contents.current().banner().map(HomeContents.Banner::url).orElse(""))
        .form(form);
  }
}
