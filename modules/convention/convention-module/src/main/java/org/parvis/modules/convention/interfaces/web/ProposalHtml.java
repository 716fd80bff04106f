package org.parvis.modules.convention.interfaces.web;

import java.time.ZoneId;
import java.util.List;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.SessionDocument;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Html;

/** HTML pieces shared by the public, members' and administrators' pages of the panel's work. */
final class ProposalHtml {

  private ProposalHtml() {}

  /** The outcome of a vote over, or the state of the proposal ("draft", "vote open"). */
  static String outcome(Proposal p, Texts t) {
    if (p.status() == ProposalStatus.DRAFT || p.status() == ProposalStatus.VOTING) {
      return t.get("proposal.state." + p.status().name());
    }
    return p.majorityGrade().isPresent()
        ? t.get("proposal.judgment." + p.status().name(),
            t.get("grade." + p.majorityGrade().get().name()), p.seatedAtVote().orElse(0))
        : t.get("proposal." + p.status().name(), p.approvals().orElse(0L),
            p.seatedAtVote().orElse(0));
  }

  /** Title (a link when {@code href} is given), outcome, text, response and follow-up. */
  static void proposal(StringBuilder main, Proposal p, String href, Texts t) {
    main.append("<article><h3>");
    if (href != null) {
      main.append("<a href=\"").append(Html.escape(href)).append("\">")
          .append(Html.escape(p.title())).append("</a>");
    } else {
      main.append(Html.escape(p.title()));
    }
    main.append("</h3><p><strong>").append(Html.escape(outcome(p, t))).append("</strong></p>");
    paragraphs(main, p.body());
    response(main, p, t);
    main.append("</article>");
  }

  static void response(StringBuilder main, Proposal p, Texts t) {
    p.response().ifPresent(r -> {
      main.append("<h4>").append(Html.escape(t.get("proposal.response"))).append("</h4>");
      paragraphs(main, r);
    });
    p.followUp().filter(f -> !f.isBlank()).ifPresent(f -> {
      main.append("<h4>").append(Html.escape(t.get("proposal.followUp"))).append("</h4>");
      paragraphs(main, f);
    });
  }

  /** A session: when, where, its agenda and its documents (links to the stored files). */
  static void session(StringBuilder main, Session s, List<SessionDocument> documents, ZoneId zone,
      Texts t) {
    main.append("<h3>").append(Html.escape(s.title())).append("</h3><p>")
        .append(Html.escape(t.get("session.when", LocalTimes.dateTime(s.startsAt(), zone, t.locale()),
            LocalTimes.dateTime(s.endsAt(), zone, t.locale()))));
    if (s.place() != null && !s.place().isBlank()) {
      main.append(" — ").append(Html.escape(s.place()));
    }
    main.append("</p>");
    if (s.agenda() != null && !s.agenda().isBlank()) {
      main.append("<h4>").append(Html.escape(t.get("session.agenda"))).append("</h4>");
      paragraphs(main, s.agenda());
    }
    var mine = documents.stream().filter(d -> d.sessionId().equals(s.id())).toList();
    if (!mine.isEmpty()) {
      main.append("<h4>").append(Html.escape(t.get("session.documents"))).append("</h4><ul>");
      mine.forEach(d -> main.append("<li><a href=\"").append(Html.escape(d.url()))
          .append("\">").append(Html.escape(d.caption())).append("</a> (")
          .append(Html.escape(d.contentType().equals("application/pdf") ? "PDF" : "image"))
          .append(")</li>"));
      main.append("</ul>");
    }
  }

  static void paragraphs(StringBuilder main, String text) {
    text.lines().filter(l -> !l.isBlank())
        .forEach(l -> main.append("<p>").append(Html.escape(l)).append("</p>"));
  }
}
