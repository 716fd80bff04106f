package org.parvis.modules.budget.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a ballot request asks, as a SHA-256 hex digest: edition, envelope, voter and choices (in
 * project order, so that the order they were sent in does not matter). An idempotency key is
 * bound to it: the same key with another request is refused rather than answered with the
 * earlier ballot.
 */
final class BallotRequest {

  private BallotRequest() {}

  static String hash(UUID edition, UUID envelope, String voterKey, Map<UUID, Long> points) {
    StringBuilder text = new StringBuilder()
        .append(edition).append('|').append(envelope).append('|').append(voterKey);
    new TreeMap<>(points).forEach((project, given) ->
        text.append('|').append(project).append('=').append(given));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
