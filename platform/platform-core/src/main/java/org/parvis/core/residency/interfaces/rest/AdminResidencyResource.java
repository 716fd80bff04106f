package org.parvis.core.residency.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.CodeIssuance;
import org.parvis.core.residency.application.ResidencyPolicies;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Tenant administrators choose how citizens verify their residency, upload the census (kept as
 * keyed hashes only) and issue one-time codes to send by letter or email.
 */
@Path("/api/admin/residency")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResidencyResource {

  @Inject ResidencyPolicies policies;
  @Inject CensusImport census;
  @Inject CodeIssuance codes;
  @Inject BodyValidator edge;

  @GET
  public PolicyView policy() {
    return view();
  }

  @PUT
  public PolicyView offer(PolicyBody body) {
    edge.check(body);
    policies.configure(body.asSet(),
        body.minimumAge() == null ? policies.minimumAge() : body.minimumAge());
    return view();
  }

  /** Replaces the census: one {@code lastName;firstNames;birthDate} per line. */
  @POST
  @Path("census")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public CensusView uploadCensus(String csv) {
    return new CensusView(census.replace(csv));
  }

  /** Issues codes; they are shown in this answer only, never again. */
  @POST
  @Path("codes")
  public List<IssuedCodeView> issueCodes(CodesBody body) {
    edge.check(body);
    var identities = body.identities().stream().map(IdentityBody::toIdentity).toList();
    return codes.issue(identities, body.validDaysOrDefault(), body.districtIfAny()).stream()
        .map(c -> new IssuedCodeView(c.identity().lastName(), c.identity().firstNames(),
            c.identity().birthDate(), c.code(), c.expiresAt()))
        .toList();
  }

  private PolicyView view() {
    return new PolicyView(
        policies.offered().stream().sorted().map(VerificationMethod::name).toList(),
        policies.minimumAge(), census.size());
  }

  public record PolicyView(List<String> methods, int minimumAge, long censusSize) {}

  public record CensusView(long censusSize) {}

  public record IssuedCodeView(
      String lastName, String firstNames, LocalDate birthDate, String code, Instant expiresAt) {}
}
