package org.parvis.core.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.parvis.spi.problem.ProblemException;

/** The portal's few static files (no front-end build step). */
@Path("/assets")
public class AssetResource {

  @GET
  @Path("{name: [a-z0-9-]+\\.css}")
  public Response asset(@PathParam("name") String name) {
    InputStream css = getClass().getClassLoader().getResourceAsStream("assets/" + name);
    if (css == null) {
      throw ProblemException.notFound("No asset " + name);
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    return Response.ok(css, "text/css; charset=UTF-8").cacheControl(cache).build();
  }
}
