package org.parvis.modules.council.interfaces.web;

import org.parvis.spi.i18n.Texts;
import static org.parvis.modules.council.interfaces.web.FormHtml.form;
import static org.parvis.modules.council.interfaces.web.FormHtml.paragraphs;
import static org.parvis.modules.council.interfaces.web.FormHtml.textarea;
import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.ContributionView.ResultView;
import org.parvis.modules.council.application.MemberView;

/**
 * A contribution in the members' space: its sections with their comments and amendments, the
 * forms the member may use at this stage, the vote and its count per college.
 */
final class ContributionHtml {

  /** Roles that may do what the pen holder does (facilitators and the bureau, as the domain says). */
  private static final Set<String> FACILITATING = Set.of("FACILITATOR", "PRESIDENT", "CO_PRESIDENT", "BUREAU");

  private ContributionHtml() {}

  static String of(Texts t, MemberView me, ContributionView c, Map<UUID, String> names, String csrf,
      Typed refused) {
    String base = "/council/space/contributions/" + c.id();
    boolean drafting = "DRAFTING".equals(c.status());
    boolean holdsThePen = me.id().equals(c.penHolder()) || me.roles().stream().anyMatch(FACILITATING::contains);
    StringBuilder html = new StringBuilder();
    html.append("<p><a href=\"/council/space\">").append(e(t.get("space.back"))).append("</a></p>")
        .append("<p>").append(e(t.get("space.status", t.get("space.status." + c.status()),
            names.getOrDefault(c.penHolder(), "?")))).append("</p>");
    for (var s : c.sections()) {
      String id = s.id().toString();
      html.append("<section aria-labelledby=\"section-").append(id).append("\"><h2 id=\"section-").append(id)
          .append("\">").append(e(s.heading())).append("</h2>").append(paragraphs(s.text()));
      List<ContributionView.CommentView> comments = c.comments().stream()
          .filter(k -> k.section().equals(s.id())).toList();
      if (!comments.isEmpty()) {
        html.append("<h3>").append(e(t.get("space.comments"))).append("</h3><ul class=\"comments\">");
        comments.forEach(k -> html.append("<li><strong>").append(e(names.getOrDefault(k.author(), "?")))
            .append("</strong> : ").append(e(k.text())).append("</li>"));
        html.append("</ul>");
      }
      List<ContributionView.AmendmentView> amendments = c.amendments().stream()
          .filter(a -> a.section().equals(s.id())).toList();
      if (!amendments.isEmpty()) {
        html.append("<h3>").append(e(t.get("space.amendments"))).append("</h3><ul class=\"amendments\">");
        for (var a : amendments) {
          html.append("<li><p>").append(e(t.get("space.amendment.by", names.getOrDefault(a.author(), "?"),
              t.get("space.amendment." + a.status())))).append("</p><blockquote>").append(paragraphs(a.text()))
              .append("</blockquote><p>").append(e(t.get("space.amendment.reason", a.reason()))).append("</p>");
          if (holdsThePen && "PROPOSED".equals(a.status())) {
            String key = "decide-" + a.id();
            html.append("<form method=\"post\" action=\"").append(base).append("/amendments/").append(a.id())
                .append("/decision\">").append(Typed.alert(refused, key))
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(e(csrf)).append("\">")
                .append("<button type=\"submit\" name=\"decision\" value=\"accept\">")
                .append(e(t.get("space.amendment.accept"))).append("</button> ")
                .append("<button type=\"submit\" name=\"decision\" value=\"reject\">")
                .append(e(t.get("space.amendment.reject"))).append("</button></form>");
          }
          html.append("</li>");
        }
        html.append("</ul>");
      }
      if (drafting) {
        String comment = "comment-" + id;
        html.append("<h3>").append(e(t.get("space.comment.title"))).append("</h3>")
            .append(form(base + "/sections/" + id + "/comments", csrf, Typed.alert(refused, comment),
                textarea(comment, "text", t.get("space.comment.text", s.heading()),
                    Typed.value(refused, comment, "text", ""), 4), t.get("space.comment.send")));
        String amend = "amend-" + id;
        html.append("<h3>").append(e(t.get("space.amend.title"))).append("</h3>")
            .append(form(base + "/sections/" + id + "/amendments", csrf, Typed.alert(refused, amend),
                textarea(amend + "-text", "text", t.get("space.amend.text", s.heading()),
                    Typed.value(refused, amend, "text", s.text()), 6)
                + textarea(amend + "-reason", "reason", t.get("space.amend.reason"),
                    Typed.value(refused, amend, "reason", ""), 3), t.get("space.amend.send")));
      }
      html.append("</section>");
    }
    if (drafting && holdsThePen) {
      html.append("<h2>").append(e(t.get("space.section.title"))).append("</h2>")
          .append(form(base + "/sections", csrf, Typed.alert(refused, "section"),
              FormHtml.input("section-heading", "heading", "text", t.get("space.section.heading"),
                  Typed.value(refused, "section", "heading", ""), "off")
              + textarea("section-text", "text", t.get("space.section.text"),
                  Typed.value(refused, "section", "text", ""), 8), t.get("space.section.send")));
      html.append(form(base + "/vote", csrf, Typed.alert(refused, "open-vote"), "", t.get("space.vote.open")));
    }
    if (c.result() != null) {
      html.append(result(t, c.result(), c.status()));
    }
    if ("VOTING".equals(c.status())) {
      html.append(voteForm(t, me, c, base, csrf, refused));
      if (holdsThePen) {
        html.append(form(base + "/vote/close", csrf, Typed.alert(refused, "close-vote"), "",
            t.get("space.vote.close")));
      }
    }
    return Typed.unannounced(refused, html.toString());
  }

  private static String voteForm(Texts t, MemberView me, ContributionView c, String base, String csrf,
      Typed refused) {
    String mine = c.votes().stream().filter(v -> v.member().equals(me.id())).map(ContributionView.VoteView::choice)
        .findFirst().orElse("");
    String chosen = Typed.value(refused, "vote", "choice", mine);
    List<String> choices = "CONSENT".equals(c.result().method())
        ? List.of("CONSENT", "OBJECTION", "STAND_ASIDE") : List.of("FOR", "AGAINST", "ABSTAIN");
    StringBuilder fields = new StringBuilder("<fieldset><legend>")
        .append(e(t.get("space.vote.legend", t.get("method." + c.result().method()),
            t.get("scope." + c.result().scope())))).append("</legend>");
    for (String choice : choices) {
      fields.append("<p><input type=\"radio\" id=\"choice-").append(choice).append("\" name=\"choice\" value=\"")
          .append(choice).append("\"").append(choice.equals(chosen) ? " checked" : "").append(" required>")
          .append(" <label for=\"choice-").append(choice).append("\">").append(e(t.get("space.vote." + choice)))
          .append("</label></p>");
    }
    fields.append("</fieldset>");
    return "<h2>" + e(t.get("space.vote.title")) + "</h2>"
        + (mine.isEmpty() ? "" : "<p>" + e(t.get("space.vote.mine", t.get("space.vote." + mine))) + "</p>")
        + form(base + "/votes/mine", csrf, Typed.alert(refused, "vote"), fields.toString(), t.get("space.vote.send"));
  }

  /** The count under the rule the vote was opened with, overall and per college. */
  static String result(Texts t, ResultView r, String status) {
    StringBuilder html = new StringBuilder("<section class=\"result\" aria-labelledby=\"result\"><h2 id=\"result\">")
        .append(e(t.get("VOTING".equals(status) ? "space.result.running" : "space.result.final"))).append("</h2><p>")
        .append(e(t.get(r.adopted() ? "contributions.adopted" : "contributions.rejected",
            t.get("method." + r.method()), t.get("scope." + r.scope()),
            r.overall().yes(), r.overall().no(), r.overall().neutral()))).append("</p>");
    if (!r.colleges().isEmpty()) {
      html.append("<ul class=\"colleges\">");
      r.colleges().forEach(k -> html.append("<li>").append(e(t.get("contributions.college",
          k.name(), k.yes(), k.no(), k.neutral()))).append(" — ")
          .append(e(t.get(k.passed() ? "space.result.passed" : "space.result.notPassed"))).append("</li>"));
      html.append("</ul>");
    }
    return html.append("</section>").toString();
  }
}
