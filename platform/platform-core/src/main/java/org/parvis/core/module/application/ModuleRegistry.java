package org.parvis.core.module.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.problem.ProblemException;

/**
 * The modules installed in this deployment, discovered through CDI. Ids are checked once at
 * start-up: a malformed or duplicated id stops the deployment.
 */
@ApplicationScoped
public class ModuleRegistry {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  @Inject @Any Instance<ParvisModule> discovered;

  private final Map<String, ParvisModule> byId = new TreeMap<>();

  @PostConstruct
  void index() {
    for (ParvisModule module : discovered) {
      register(byId, module);
    }
  }

  static void register(Map<String, ParvisModule> byId, ParvisModule module) {
    String id = module.id();
    if (id == null || !ID.matcher(id).matches() || id.equals("platform")) {
      throw new IllegalStateException("Module id must be lower-case and hyphenated: " + id);
    }
    ParvisModule previous = byId.putIfAbsent(id, module);
    if (previous != null) {
      throw new IllegalStateException(
          "Module id '" + id + "' is declared by both " + previous.getClass().getName()
              + " and " + module.getClass().getName());
    }
  }

  public Collection<ParvisModule> all() {
    return byId.values();
  }

  public Optional<ParvisModule> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The module with this id; an unknown id is an error, never a silent skip. */
  public ParvisModule require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "urn:parvis:problem:unknown-module",
                    "Unknown module",
                    "No module with id '" + id + "' is installed; installed: " + byId.keySet()));
  }
}
