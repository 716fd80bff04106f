package org.parvis.core.residency.domain;

/** Ways a tenant may offer its citizens to prove they belong to it. */
public enum VerificationMethod {
  /** A one-time code the tenant sends by letter or email. */
  CODE,
  /** A match against the census list the tenant uploaded (stored as keyed hashes only). */
  CENSUS,
  /** A member of staff checks the person and approves the request. */
  STAFF_APPROVAL
}
