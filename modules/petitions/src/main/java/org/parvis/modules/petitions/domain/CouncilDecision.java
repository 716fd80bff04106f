package org.parvis.modules.petitions.domain;

/** What the municipal council decided about a referred petition. */
public enum CouncilDecision {
  ADOPTED,
  PARTIALLY_ADOPTED,
  REJECTED
}
