package org.parvis.modules.pages.domain;

import java.util.UUID;

/** Co-signatures of the current tenant's pages. */
public interface SignatureRepository {

  boolean exists(String pageSlug, UUID residentId);

  long count(String pageSlug);

  /** Stores the signature at once; {@link AlreadySigned} when the person signed meanwhile. */
  void add(Signature signature);

  /** The same person signed the same page at the same moment. */
  class AlreadySigned extends RuntimeException {
    public AlreadySigned(Throwable cause) {
      super(cause);
    }
  }
}
