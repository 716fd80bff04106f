package org.parvis.core.files.interfaces;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.parvis.core.files.application.PlatformAttachments;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.spi.files.StoredFile;
import org.parvis.spi.problem.ProblemException;

/**
 * Serves attached files on their tenant's host. A file never changes once stored, so browsers and
 * proxies may keep it; the type is the one detected at upload and browsers are told not to guess
 * another, so an upload can never run as a page of the portal.
 */
@Path("/files")
public class FileResource {

  @Inject PlatformAttachments attachments;

  @GET
  @Path("{id: [0-9a-f-]{36}}")
  public Response file(@PathParam("id") UUID id) {
    if (TenantContext.current().isEmpty()) {
      throw ProblemException.notFound("No file " + id);
    }
    var file = attachments.load(id).orElseThrow(() -> ProblemException.notFound("No file " + id));
    StoredFile description = file.describe();
    CacheControl cache = new CacheControl();
    cache.setMaxAge(31_536_000);
    String encodedName = URLEncoder.encode(description.filename(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    return Response.ok(file.content(), description.contentType())
        .cacheControl(cache)
        .tag(new EntityTag(description.sha256()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
        .header("Content-Disposition", (description.isImage() ? "inline" : "attachment")
            + "; filename*=UTF-8''" + encodedName)
        .build();
  }
}
