package org.parvis.core.module.application;

import java.util.Map;
import org.parvis.spi.module.ParvisModule;

/** A module as one tenant has it: enabled or not, with its effective settings. */
public record ModuleState(ParvisModule module, boolean enabled, Map<String, String> settings) {}
