package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import org.parvis.core.residency.domain.ResidencyPolicy;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/** Which verification methods the current tenant offers its citizens. */
@ApplicationScoped
@Transactional
public class ResidencyPolicies {

  public static final String BELOW_MINIMUM_AGE = "urn:parvis:problem:below-minimum-age";

  @Inject ResidencyRepository residency;
  @Inject CurrentTenant tenant;

  public Set<VerificationMethod> offered() {
    return residency.policy().map(ResidencyPolicy::methods).orElse(Set.of());
  }

  public Set<VerificationMethod> offer(Set<VerificationMethod> methods) {
    residency.policy().ifPresentOrElse(
        policy -> policy.offer(methods), () -> residency.add(new ResidencyPolicy(methods)));
    return Set.copyOf(methods);
  }

  /** The age a person must have reached to verify; 0 when the tenant sets none. */
  public int minimumAge() {
    return residency.policy().map(ResidencyPolicy::minimumAge).orElse(0);
  }

  /** The methods offered and the minimum age (0 to {@value ResidencyPolicy#MAX_AGE}; 400 problem otherwise). */
  public void configure(Set<VerificationMethod> methods, int minimumAge) {
    if (minimumAge < 0 || minimumAge > ResidencyPolicy.MAX_AGE) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "minimumAge",
          "must be a whole number of years from 0 to " + ResidencyPolicy.MAX_AGE);
    }
    offer(methods);
    residency.policy().orElseThrow().requireAge(minimumAge);
  }

  /** Throws a 403 problem when someone born on {@code birthDate} is younger than the tenant's minimum age today. */
  public void requireOldEnough(LocalDate birthDate) {
    var policy = residency.policy();
    LocalDate today = LocalDate.now(tenant.require().zone());
    if (policy.isPresent() && !policy.get().oldEnough(birthDate, today)) {
      throw new ProblemException(403, BELOW_MINIMUM_AGE, "Below the minimum age",
          "Taking part here is open from the age of " + policy.get().minimumAge() + ".");
    }
  }

  /** Throws a 403 problem unless the tenant offers {@code method}. */
  public void requireOffered(VerificationMethod method) {
    if (!offered().contains(method)) {
      throw new ProblemException(
          403,
          "urn:parvis:problem:verification-method-not-offered",
          "Verification method not offered",
          "This tenant does not offer verification by " + method
              + "; it offers " + offered() + " (GET /api/me/verification).");
    }
  }
}
