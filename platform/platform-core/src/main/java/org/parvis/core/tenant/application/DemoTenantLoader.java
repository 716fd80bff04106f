package org.parvis.core.tenant.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.parvis.core.PlatformConfig;
import org.parvis.core.migration.MigrationRunner;

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
  @Inject Validator validator;

  void load(
      @Observes @Priority(MigrationRunner.PRIORITY + 10) @Initialized(ApplicationScoped.class)
          Object start)
      throws Exception {
    var folder = PlatformConfig.tenantsDirectory();
    if (folder.isEmpty()) {
      return;
    }
    try (Jsonb jsonb = JsonbBuilder.create()) {
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
        onboarding.onboard(spec);
        LOG.info(() -> "Loaded tenant " + spec.slug() + " from " + file);
      }
    }
  }

  private static List<Path> descriptors(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
