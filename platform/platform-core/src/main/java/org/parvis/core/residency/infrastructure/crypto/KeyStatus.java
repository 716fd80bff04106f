package org.parvis.core.residency.infrastructure.crypto;

/** Whether this node's identity key is the instance's. */
public enum KeyStatus {
  /** Start-up has not compared yet. */
  NOT_CHECKED,
  /** No key is set: verification is closed, verified residents still take part. */
  MISSING,
  /** The key is the one whose fingerprint the instance recorded (or the first one, now recorded). */
  MATCHES,
  /** Another key: verification closed, node not ready. */
  MISMATCH;

  static KeyStatus of(String recorded, String current) {
    return recorded.equals(current) ? MATCHES : MISMATCH;
  }
}
