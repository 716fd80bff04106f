package org.parvis.core.residency.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A verification code as received by letter or email, e.g. {@code ABCD-EFGH-JKMN}. */
public record CodeBody(@NotBlank @Size(max = 40) String code) {}
