package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.PabulibImport;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Past editions imported from Pabulib files: the file as the request body, an optional
 * allocation rule ({@code greedy}, {@code equal-shares}, {@code phragmen}; by default the file's
 * {@code rule} when it is equal shares, else greedy).
 */
@Path("/api/budget/editions/pabulib")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class PabulibImportResource {

  /** Larger than the largest real editions (Kraków 2024: 4 MB). */
  static final int MAX_BYTES = 32 * 1024 * 1024;

  @Inject PabulibImport importer;
  @Inject EditionAdministration administration;
  @Inject Caller caller;

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response importFile(@QueryParam("filename") String filename,
      @QueryParam("rule") String rule, byte[] content) {
    if (content == null || content.length == 0) {
      throw BudgetProblems.invalid("body", "send the .pb file as the request body");
    }
    if (content.length > MAX_BYTES) {
      throw new org.parvis.spi.problem.ProblemException(413, "about:blank", "Payload Too Large",
          "a Pabulib file of at most " + MAX_BYTES + " bytes");
    }
    String name = filename == null || filename.isBlank() ? "upload.pb" : filename.strip();
    var done = importer.importFile(name, content, rule, caller.subject().orElseThrow());
    return Response.status(Response.Status.CREATED)
        .entity(new Imported(EditionView.of(done.edition(),
            administration.envelopes(done.edition().id())), done.projectIds(), done.ballots()))
        .build();
  }

  /** The new edition, the id given to each project of the file, and how many ballots. */
  public record Imported(EditionView edition, Map<String, UUID> projects, int ballots) {}
}
