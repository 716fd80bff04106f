package org.parvis.modules.pages.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.parvis.modules.pages.PagesModule;
import org.parvis.modules.pages.application.PageEditing;
import org.parvis.modules.pages.domain.Page;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/** The tenant's published pages, inside the portal frame. Page bodies are plain text. */
@Path("/pages")
@ModuleEndpoint(PagesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class PagesPortal {

  @Inject PageEditing pages;
  @Inject PortalLayout layout;

  @GET
  public Response index() {
    boolean fr = "fr".equals(layout.language());
    var published = pages.published();
    String main = published.isEmpty()
        ? "<p>" + (fr ? "Aucune page publiée pour le moment." : "No page published yet.") + "</p>"
        : published.stream()
            .map(p -> "<li><a href=\"/pages/" + Html.escape(p.slug()) + "\">" + Html.escape(p.title()) + "</a></li>")
            .collect(Collectors.joining("", "<ul>", "</ul>"));
    return layout.page(fr ? "Informations" : "Information", main);
  }

  @GET
  @Path("{slug}")
  public Response page(@PathParam("slug") String slug) {
    Page page = pages.publishedPage(slug);
    String paragraphs = page.body().lines()
        .filter(line -> !line.isBlank())
        .map(line -> "<p>" + Html.escape(line) + "</p>")
        .collect(Collectors.joining("\n"));
    return layout.page(page.title(), paragraphs);
  }
}
