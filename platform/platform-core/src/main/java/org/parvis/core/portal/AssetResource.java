package org.parvis.core.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.parvis.spi.problem.ProblemException;

/**
 * The portal's few static files (no front-end build step): style sheets, and the small scripts
 * that enhance a form (the content security policy allows no inline script). A module ships its
 * own under {@code assets/} in its jar.
 */
@Path("/assets")
public class AssetResource {

  @GET
  @Path("{name: [a-z0-9-]+\\.(css|js)}")
  public Response asset(@PathParam("name") String name) {
    InputStream content = getClass().getClassLoader().getResourceAsStream("assets/" + name);
    if (content == null) {
      throw ProblemException.notFound("No asset " + name);
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    String type = name.endsWith(".js") ? "text/javascript; charset=UTF-8" : "text/css; charset=UTF-8";
    return Response.ok(content, type).cacheControl(cache).build();
  }
}
