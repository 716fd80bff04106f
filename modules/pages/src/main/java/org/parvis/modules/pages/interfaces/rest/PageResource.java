package org.parvis.modules.pages.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.parvis.modules.pages.PagesModule;
import org.parvis.modules.pages.application.PageEditing;
import org.parvis.modules.pages.domain.Page;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/** Public reading of published pages; writing by administrators and staff. */
@Path("/api/pages")
@ModuleEndpoint(PagesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PageResource {

  @Inject PageEditing editing;
  @Inject BodyValidator edge;

  @GET
  public List<PageView> published() {
    return editing.published().stream().map(PageView::of).toList();
  }

  @GET
  @Path("{slug}")
  public PageView page(@PathParam("slug") String slug) {
    return PageView.of(editing.publishedPage(slug));
  }

  @PUT
  @Path("{slug}")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public PageView save(@PathParam("slug") String slug, PageBody body) {
    body = edge.check(body);
    return PageView.of(editing.save(slug, body.title(), body.body(), body.published()));
  }

  @DELETE
  @Path("{slug}")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response delete(@PathParam("slug") String slug) {
    editing.delete(slug);
    return Response.noContent().build();
  }

  public record PageBody(
      @SingleLine @NotBlank @Size(max = 200) String title,
      @NotNull @Size(max = 100_000) String body,
      boolean published) {}

  public record PageView(String slug, String title, String body, boolean published, Instant updatedAt) {
    static PageView of(Page p) {
      return new PageView(p.slug(), p.title(), p.body(), p.published(), p.updatedAt());
    }
  }
}
