package org.parvis.core.module.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.parvis.core.module.application.ModuleState;
import org.parvis.spi.module.LocalizedText;

/** A module as a tenant administrator sees it. */
public record ModuleView(
    String id,
    LocalizedText name,
    LocalizedText description,
    boolean enabled,
    Map<String, String> settings,
    List<SettingView> settingDefinitions,
    List<String> permissions) {

  public record SettingView(
      String key, String type, String defaultValue, LocalizedText label, List<String> choices) {}

  static ModuleView of(ModuleState state) {
    var m = state.module();
    return new ModuleView(
        m.id(),
        m.name(),
        m.description(),
        state.enabled(),
        state.settings(),
        m.settings().stream()
            .map(s -> new SettingView(s.key(), s.type().name(), s.defaultValue(), s.label(), s.choices()))
            .toList(),
        m.permissions().stream().map(p -> p.action()).toList());
  }
}
