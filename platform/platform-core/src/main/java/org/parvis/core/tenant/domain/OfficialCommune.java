package org.parvis.core.tenant.domain;

/**
 * A current French commune as the official list describes it (INSEE's code officiel géographique, published by
 * Etalab as {@code @etalab/decoupage-administratif}).
 *
 * @param code the INSEE code, e.g. {@code 38185}
 * @param name the official name, e.g. {@code Grenoble}
 * @param population the municipal population, or {@code null} when the list has none
 * @param departmentCode e.g. {@code 38}
 * @param departmentName e.g. {@code Isère}
 * @param intercommunality the name of its EPCI, or {@code null} (a few communes belong to none)
 */
public record OfficialCommune(String code, String name, Integer population, String departmentCode,
    String departmentName, String intercommunality) {}
