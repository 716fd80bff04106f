package org.parvis.modules.council.domain;

/** Whether the adoption rule applies to all voters together or within each voting college. */
public enum AdoptionScope { OVERALL, PER_COLLEGE }
