package org.parvis.core.module.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ParvisModule;

class ModuleRegistryTest {

  private static ParvisModule module(String id) {
    return new ParvisModule() {
      @Override public String id() { return id; }
      @Override public LocalizedText name() { return LocalizedText.of(id, id); }
      @Override public LocalizedText description() { return name(); }
    };
  }

  @Test
  void idsAreLowerCaseAndHyphenated() {
    Map<String, ParvisModule> byId = new TreeMap<>();
    ModuleRegistry.register(byId, module("participatory-budget"));
    assertEquals(1, byId.size());
    for (String bad : new String[] {"Budget", "budget_2", "-budget", "budget-", "platform", ""}) {
      assertThrows(IllegalStateException.class, () -> ModuleRegistry.register(byId, module(bad)), bad);
    }
  }

  @Test
  void twoModulesCannotShareAnId() {
    Map<String, ParvisModule> byId = new TreeMap<>();
    ModuleRegistry.register(byId, module("pages"));
    var error = assertThrows(IllegalStateException.class,
        () -> ModuleRegistry.register(byId, module("pages")));
    assertEquals(true, error.getMessage().contains("pages"));
  }
}
