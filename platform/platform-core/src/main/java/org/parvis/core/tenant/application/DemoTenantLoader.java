package org.parvis.core.tenant.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.parvis.core.PlatformConfig;
import org.parvis.core.migration.MigrationRunner;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.ResidencyPolicies;
import org.parvis.core.residency.domain.VerificationMethod;

/**
 * Loads the tenant descriptors of a folder ({@code parvis.tenants.dir}) at start-up, creating the
 * tenants that do not exist yet. A descriptor that does not validate stops the start-up: an
 * operator must see the mistake, not a half-loaded instance.
 */
@ApplicationScoped
public class DemoTenantLoader {

  private static final Logger LOG = Logger.getLogger(DemoTenantLoader.class.getName());

  @Inject TenantOnboarding onboarding;
  @Inject TenantAdministration tenants;
  @Inject TenantTransactions transactions;
  @Inject ResidencyPolicies policies;
  @Inject CensusImport censusImport;

  void load(
      @Observes @Priority(MigrationRunner.PRIORITY + 10) @Initialized(ApplicationScoped.class)
          Object start)
      throws Exception {
    var folder = PlatformConfig.tenantsDirectory();
    if (folder.isEmpty()) {
      return;
    }
    // A validator of its own: the container's CDI validator may still be starting on another thread
    // while application-scope observers run, and asking for it here deadlocked a start-up (Weld's
    // container lock against the validator factory's bean lock).
    try (Jsonb jsonb = JsonbBuilder.create();
        ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      Validator validator = validation.getValidator();
      for (Path file : descriptors(Path.of(folder.get()))) {
        TenantSpec spec;
        try (Reader reader = Files.newBufferedReader(file)) {
          spec = jsonb.fromJson(reader, TenantSpec.class);
        }
        var violations = validator.validate(spec);
        if (!violations.isEmpty()) {
          throw new IllegalStateException("Invalid tenant descriptor " + file + ": " + violations);
        }
        if (tenants.exists(spec.slug())) {
          continue;
        }
        TenantSnapshot tenant = onboarding.onboard(spec);
        DescriptorResidency residency;
        try (Reader reader = Files.newBufferedReader(file)) {
          residency = jsonb.fromJson(reader, Descriptor.class).residencyOrNone();
        }
        setUpResidency(tenant, residency, file.getParent());
        LOG.info(() -> "Loaded tenant " + spec.slug() + " from " + file);
      }
    }
  }

  /**
   * The residency methods the demo tenant offers and, optionally, a census file beside the
   * descriptor (a plain name: descriptors never read files elsewhere).
   */
  private void setUpResidency(TenantSnapshot tenant, DescriptorResidency residency, Path folder)
      throws IOException {
    if (residency.methods().isEmpty()) {
      return;
    }
    String census = null;
    if (residency.census() != null) {
      if (!residency.census().matches("[A-Za-z0-9._-]+\\.csv")) {
        throw new IllegalStateException("A census file is a plain .csv name beside the descriptor: "
            + residency.census());
      }
      census = Files.readString(folder.resolve(residency.census()));
    }
    String csv = census;
    transactions.runAs(tenant.ref(), () -> {
      policies.offer(Set.copyOf(residency.methods()));
      if (csv != null) {
        censusImport.replace(csv);
      }
    });
  }

  /** The part of a descriptor only demo loading reads. */
  public record Descriptor(DescriptorResidency residency) {
    DescriptorResidency residencyOrNone() {
      return residency == null ? new DescriptorResidency(List.of(), null) : residency;
    }
  }

  public record DescriptorResidency(List<VerificationMethod> methods, String census) {
    public DescriptorResidency {
      methods = methods == null ? List.of() : List.copyOf(methods);
    }
  }

  private static List<Path> descriptors(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
