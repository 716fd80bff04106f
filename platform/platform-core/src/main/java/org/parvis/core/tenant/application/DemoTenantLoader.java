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
import java.time.Instant;
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
import org.parvis.spi.tenant.TenantRef;

/**
 * Loads the tenant descriptors of a folder ({@code parvis.tenants.dir}) at start-up, creating the
 * tenants that do not exist yet, and filling those whose descriptor has a {@code demo} part with
 * the modules' demo content ({@link DemoContentLoader}) — at every start, so content added later
 * is loaded, never twice. A descriptor that does not validate stops the start-up: an
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
  @Inject DemoContentLoader demoContent;

  void load(
      @Observes @Priority(MigrationRunner.PRIORITY + 10) @Initialized(ApplicationScoped.class)
          Object start)
      throws Exception {
    loadFolder();
  }

  /**
   * Loads the descriptors' folder: creates the tenants that do not exist yet, then fills the demo
   * tenants with the demo content not loaded yet (see {@link DemoContentLoader}). Running it again
   * changes nothing.
   */
  public void loadFolder() throws Exception {
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
        Descriptor descriptor;
        try (Reader reader = Files.newBufferedReader(file)) {
          descriptor = jsonb.fromJson(reader, Descriptor.class);
        }
        if (descriptor.demo() != null) {
          descriptor.demo().check(file);
        }
        TenantRef tenant;
        if (tenants.exists(spec.slug())) {
          tenant = tenants.require(spec.slug()).toRef();
        } else {
          TenantSnapshot created = onboarding.onboard(spec);
          setUpResidency(created, descriptor.residencyOrNone(), file.getParent());
          tenant = created.ref();
          LOG.info(() -> "Loaded tenant " + spec.slug() + " from " + file);
        }
        if (descriptor.demo() != null) {
          demoContent.fill(tenant, file.getParent(), descriptor.demo(), Instant.now());
        }
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
  public record Descriptor(DescriptorResidency residency, DemoContentLoader.DemoSpec demo) {
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
