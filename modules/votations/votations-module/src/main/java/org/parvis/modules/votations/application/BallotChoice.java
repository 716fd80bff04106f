package org.parvis.modules.votations.application;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a voter submits, by option id: grade labels (majority judgment), approved options
 * (approval) or one chosen option (single choice). Only the part of the votation's method is read.
 */
public record BallotChoice(Map<UUID, String> grades, Set<UUID> approved, UUID choice) {}
