package org.parvis.modules.convention.interfaces.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.SessionDocument;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;

/**
 * The view models of the panel's work shown on the public, members' and administrators' pages: a proposal with its
 * outcome and the commune's response, a session with its times on the tenant's clocks and its documents.
 */
final class WorkModels {

  private WorkModels() {}

  /** A proposal: its title (a link when {@code href} is given), outcome, text, response and follow-up. */
  record ProposalCard(UUID id, String title, String href, String outcome, List<String> body, List<String> response,
      List<String> followUp, boolean voting) {
    public boolean responded() {
      return !response.isEmpty();
    }
  }

  /** A session: when, where, its agenda and its documents. */
  record SessionCard(UUID id, String title, String when, String place, List<String> agenda,
      List<DocumentLink> documents) {}

  /** A stored document of a session: the link's text and the kind of file ({@code PDF} or {@code image}). */
  record DocumentLink(String url, String caption, String kind) {}

  /** The outcome of a vote over, or the state of the proposal ("draft", "vote open"). */
  static String outcome(Proposal p, Texts t) {
    if (p.status() == ProposalStatus.DRAFT || p.status() == ProposalStatus.VOTING) {
      return t.get("proposal.state." + p.status().name());
    }
    return p.majorityGrade().isPresent()
        ? t.get("proposal.judgment." + p.status().name(), t.get("grade." + p.majorityGrade().get().name()),
            p.seatedAtVote().orElse(0))
        : t.get("proposal." + p.status().name(), p.approvals().orElse(0L), p.seatedAtVote().orElse(0));
  }

  static ProposalCard proposal(Proposal p, String href, Texts t) {
    return new ProposalCard(p.id(), p.title(), href, outcome(p, t), lines(p.body()),
        lines(p.response().orElse("")), lines(p.followUp().orElse("")), p.status() == ProposalStatus.VOTING);
  }

  static SessionCard session(Session s, List<SessionDocument> documents, ZoneId zone, Texts t) {
    String when = t.get("session.when", LocalTimes.dateTime(s.startsAt(), zone, t.locale()),
        LocalTimes.dateTime(s.endsAt(), zone, t.locale()));
    List<DocumentLink> mine = documents.stream().filter(d -> d.sessionId().equals(s.id()))
        .map(d -> new DocumentLink(d.url(), d.caption(),
            d.contentType().equals("application/pdf") ? "PDF" : "image"))
        .toList();
    String place = s.place() == null || s.place().isBlank() ? null : s.place();
    return new SessionCard(s.id(), s.title(), when, place, lines(s.agenda()), mine);
  }

  static List<SessionCard> sessions(List<Session> sessions, List<SessionDocument> documents, ZoneId zone,
      Texts t) {
    return sessions.stream().map(s -> session(s, documents, zone, t)).toList();
  }

  /** The non-blank lines of a text, each shown as a paragraph. */
  static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
  }
}
