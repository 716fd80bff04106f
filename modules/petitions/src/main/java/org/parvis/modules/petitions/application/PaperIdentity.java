package org.parvis.modules.petitions.application;

import java.time.LocalDate;

/** A signer's civil identity as written on a paper petition form. */
public record PaperIdentity(String lastName, String firstNames, LocalDate birthDate) {}
