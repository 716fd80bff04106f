package org.parvis.modules.council.application;

import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.CouncilDocumentVersion;

/** The council as shown: its rule, its colleges with seats taken, its current documents. */
public record CouncilView(UUID id, String name, String territory, int mandateYears,
    String adoptionMethod, String adoptionScope, int majorityPercent, List<CollegeView> colleges,
    Integer charterVersion, Integer internalRulesVersion) {

  /** A college with its seats and how many are taken today. */
  public record CollegeView(UUID id, String name, int seats, boolean voting, long taken) {}

  static CouncilView of(Council c, ToLongFunction<UUID> sitting) {
    return new CouncilView(c.id(), c.name(), c.territory(), c.mandateYears(),
        c.adoptionRule().method().name(), c.adoptionRule().scope().name(),
        c.adoptionRule().thresholdPercent(),
        c.colleges().stream().map(k -> new CollegeView(k.id(), k.name(), k.seats(), k.voting(),
            sitting.applyAsLong(k.id()))).toList(),
        c.current(CouncilDocumentVersion.Kind.CHARTER).map(CouncilDocumentVersion::number).orElse(null),
        c.current(CouncilDocumentVersion.Kind.INTERNAL_RULES).map(CouncilDocumentVersion::number).orElse(null));
  }
}
