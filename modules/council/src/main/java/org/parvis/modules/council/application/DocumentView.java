package org.parvis.modules.council.application;

import org.parvis.modules.council.domain.CouncilDocumentVersion;

/** One published version of the charter or the internal rules. */
public record DocumentView(String kind, int number, String text, String publishedAt) {
  static DocumentView of(CouncilDocumentVersion d) {
    return new DocumentView(d.kind().name(), d.number(), d.text(), d.publishedAt().toString());
  }
}
