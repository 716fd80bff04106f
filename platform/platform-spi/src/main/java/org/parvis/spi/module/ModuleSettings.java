package org.parvis.spi.module;

/** Read access to the current tenant's settings of a module (defaults filled in). */
public interface ModuleSettings {

  String get(String moduleId, String key);

  default long getLong(String moduleId, String key) {
    return Long.parseLong(get(moduleId, key));
  }

  default boolean getBoolean(String moduleId, String key) {
    return Boolean.parseBoolean(get(moduleId, key));
  }
}
