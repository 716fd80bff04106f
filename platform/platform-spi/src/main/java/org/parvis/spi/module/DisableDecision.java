package org.parvis.spi.module;

import java.util.Optional;

/** A module's answer when an administrator asks to disable it: allowed, or refused with a reason. */
public record DisableDecision(Optional<LocalizedText> refusal) {

  private static final DisableDecision ALLOWED = new DisableDecision(Optional.empty());

  public static DisableDecision allow() {
    return ALLOWED;
  }

  public static DisableDecision refuse(LocalizedText reason) {
    return new DisableDecision(Optional.of(reason));
  }

  public boolean allowed() {
    return refusal.isEmpty();
  }
}
