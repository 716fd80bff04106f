package org.parvis.spi.module;

import java.util.Objects;

/** A link the portal shows in a tenant's navigation while the module is enabled. */
public record NavigationEntry(LocalizedText label, String path) {

  public NavigationEntry {
    Objects.requireNonNull(label, "label");
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("Navigation path must start with '/': " + path);
    }
  }
}
