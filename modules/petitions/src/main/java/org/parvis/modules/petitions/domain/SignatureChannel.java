package org.parvis.modules.petitions.domain;

/** How a signature was given. */
public enum SignatureChannel {
  ONLINE,
  PAPER
}
