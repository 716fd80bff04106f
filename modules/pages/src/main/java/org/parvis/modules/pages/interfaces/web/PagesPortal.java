package org.parvis.modules.pages.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parvis.modules.pages.PagesModule;
import org.parvis.modules.pages.application.PageEditing;
import org.parvis.modules.pages.domain.Page;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.PortalViews;

/** The tenant's published pages, inside the portal frame. Page bodies are plain text, a paragraph a line. */
@Path("/pages")
@ModuleEndpoint(PagesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class PagesPortal {

  @Inject PageEditing pages;
  @Inject PortalViews views;

  /** A published page in the list. */
  public record PageLink(String slug, String title) {}

  @GET
  public Response index() {
    List<PageLink> published = pages.published().stream().map(p -> new PageLink(p.slug(), p.title())).toList();
    String title = Texts.of("messages.pages", views.locale()).get("title");
    return views.page("pages/index", title).with("pages", published).response();
  }

  @GET
  @Path("{slug}")
  public Response page(@PathParam("slug") String slug) {
    Page page = pages.publishedPage(slug);
    List<String> paragraphs = page.body().lines().filter(line -> !line.isBlank()).toList();
    return views.page("pages/page", page.title()).with("paragraphs", paragraphs).response();
  }
}
