package org.parvis.modules.pages.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parvis.modules.pages.PagesModule;
import org.parvis.modules.pages.application.CharterSigning;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresVerifiedResidency;

/** Co-signatures of the participation charter: anyone may count them, verified residents sign. */
@Path("/api/pages/{slug}/signatures")
@ModuleEndpoint(PagesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class CharterSignatureResource {

  @Inject CharterSigning signing;
  @Inject Caller caller;

  @GET
  public SignaturesView count(@PathParam("slug") String slug) {
    long count = signing.count(slug);
    boolean signed = caller.verifiedResidentId().map(r -> signing.hasSigned(slug, r)).orElse(false);
    return new SignaturesView(count, signed);
  }

  @POST
  @RequiresVerifiedResidency
  public Response sign(@PathParam("slug") String slug) {
    long count = signing.sign(slug, caller.verifiedResidentId().orElseThrow());
    return Response.status(Response.Status.CREATED).entity(new SignaturesView(count, true)).build();
  }

  /** How many people co-signed, and whether the caller did. */
  public record SignaturesView(long count, boolean signedByMe) {}
}
