package org.parvis.modules.council.domain;

/** How the charter says contributions are adopted. */
public enum AdoptionMethod { CONSENT, MAJORITY }
