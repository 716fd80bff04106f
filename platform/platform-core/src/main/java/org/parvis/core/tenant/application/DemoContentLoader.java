package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parvis.core.identity.application.DemoActingAs;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.module.application.EnabledModules;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.core.tenant.infrastructure.persistence.DemoContentLoads;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantRef;

/**
 * Fills a demo tenant (descriptor with a {@code demo} part, demo run only): makes its demo people
 * members and records the verified ones' residency, then, for each module enabled in the tenant
 * whose {@link DemoContent} bean has not loaded yet, runs {@link DemoContent#load} in a
 * transaction bound to the tenant and records (tenant, module) in {@code parvis_demo_content} in
 * that same transaction. Loading again loads nothing twice; a module enabled later (or whose
 * content is added in a later version) is filled at the next start. A load that throws rolls its
 * module back and stops the start-up.
 */
@ApplicationScoped
public class DemoContentLoader {

  private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());

  @Inject @Any Instance<DemoContent> contents;
  @Inject TenantTransactions transactions;
  @Inject EnabledModules enabledModules;
  @Inject DemoContentLoads loads;
  @Inject ResidencyVerification verification;
  @Inject MembershipAdministration memberships;

  /**
   * Returns the ids of the modules whose content this call loaded. A request context is active
   * meanwhile, so that use cases reading the caller work when a module acts as a demo person
   * ({@link org.parvis.spi.demo.DemoActing}).
   */
  @ActivateRequestContext
  public List<String> fill(TenantRef tenant, Path folder, DemoSpec demo, Instant now) {
    transactions.runAs(tenant, () -> demo.people().forEach(this::enrol));
    List<DemoPerson> people = demo.people().stream().map(DemoPersonSpec::person).toList();
    List<DemoContent> ordered = new ArrayList<>();
    contents.forEach(ordered::add);
    ordered.sort(Comparator.comparing(DemoContent::moduleId));
    List<String> loaded = new ArrayList<>();
    for (DemoContent content : ordered) {
      String module = content.moduleId();
      boolean done = transactions.callAs(tenant, () -> {
        if (!enabledModules.isEnabled(tenant.id(), module) || loads.loaded(module)) {
          return false;
        }
        DemoActingAs.during(() -> content.load(new DemoTenant(tenant, folder, now, people)));
        loads.record(module, now);
        return true;
      });
      if (done) {
        loaded.add(module);
        LOG.info(() -> "Loaded the demo content of " + module + " into " + tenant.slug());
      }
    }
    return loaded;
  }

  private void enrol(DemoPersonSpec spec) {
    String subject = spec.subject().toString();
    memberships.ensureMember(subject);
    if (spec.verifiedOrNot() && verification.verifiedIdentityOf(subject).isEmpty()) {
      verification.recordDemoResident(subject,
          new PersonIdentity(spec.lastName(), spec.firstNames(), spec.birthDate()),
          Optional.ofNullable(spec.district()));
    }
  }

  /** The {@code demo} part of a tenant descriptor. */
  public record DemoSpec(List<DemoPersonSpec> people) {
    public DemoSpec {
      people = people == null ? List.of() : List.copyOf(people);
    }

    /** Every person complete, subjects unique; else the descriptor is refused. */
    void check(Path file) {
      if (people.stream().map(DemoPersonSpec::subject).distinct().count() != people.size()) {
        throw new IllegalStateException(file + ": demo people's subjects must differ");
      }
      for (DemoPersonSpec p : people) {
        if (p.subject() == null || p.lastName() == null || p.lastName().isBlank()
            || p.firstNames() == null || p.firstNames().isBlank()
            || (p.verifiedOrNot() && p.birthDate() == null)) {
          throw new IllegalStateException(file + ": a demo person needs a subject, names, and a"
              + " birth date when verified: " + p);
        }
      }
    }
  }

  /**
   * A demo person: a realm account ({@code username} is for humans reading the descriptor) and,
   * when {@code verified}, the civil identity their residency is verified with, in {@code district}
   * if given.
   */
  public record DemoPersonSpec(String username, java.util.UUID subject, String firstNames,
      String lastName, java.time.LocalDate birthDate, String district, Boolean verified) {

    boolean verifiedOrNot() {
      return Boolean.TRUE.equals(verified);
    }

    DemoPerson person() {
      return new DemoPerson(subject, firstNames + " " + lastName, verifiedOrNot());
    }
  }
}
