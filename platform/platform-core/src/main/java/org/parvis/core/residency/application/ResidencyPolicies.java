package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.parvis.core.residency.domain.ResidencyPolicy;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.spi.problem.ProblemException;

/** Which verification methods the current tenant offers its citizens. */
@ApplicationScoped
@Transactional
public class ResidencyPolicies {

  @Inject ResidencyRepository residency;

  public Set<VerificationMethod> offered() {
    return residency.policy().map(ResidencyPolicy::methods).orElse(Set.of());
  }

  public Set<VerificationMethod> offer(Set<VerificationMethod> methods) {
    residency.policy().ifPresentOrElse(
        policy -> policy.offer(methods), () -> residency.add(new ResidencyPolicy(methods)));
    return Set.copyOf(methods);
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
