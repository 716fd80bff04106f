package org.parvis.modules.council.interfaces.web;

import org.parvis.spi.i18n.Texts;
import static org.parvis.modules.council.interfaces.web.FormHtml.form;
import static org.parvis.modules.council.interfaces.web.FormHtml.input;
import static org.parvis.modules.council.interfaces.web.FormHtml.paragraphs;
import static org.parvis.modules.council.interfaces.web.FormHtml.textarea;
import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import java.time.Instant;
import java.time.ZoneId;
import org.parvis.spi.i18n.LocalTimes;
import java.util.List;
import java.util.Set;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.GroupView;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.ReferralView;

/** The members' space home: referrals, the member's working groups, drafts, upcoming meetings. */
final class SpaceHtml {

  /** Roles of the bureau, which decides on self-referrals. */
  private static final Set<String> BUREAU = Set.of("PRESIDENT", "CO_PRESIDENT", "BUREAU");

  private SpaceHtml() {}

  static String home(Texts t, MemberView me, List<ReferralView> referrals, List<GroupView> groups,
      List<ContributionView> contributions, List<MeetingView> upcoming, ZoneId zone, String csrf, Typed refused) {
    StringBuilder html = new StringBuilder("<p>").append(e(t.get("space.hello", me.displayName()))).append("</p>");

    html.append("<h2>").append(e(t.get("space.referrals"))).append("</h2>");
    if (referrals.isEmpty()) {
      html.append("<p>").append(e(t.get("space.none"))).append("</p>");
    } else {
      html.append("<ul>");
      boolean bureau = me.roles().stream().anyMatch(BUREAU::contains);
      for (ReferralView r : referrals) {
        html.append("<li><strong>").append(e(r.title())).append("</strong> — ")
            .append(e(t.get("space.referral.deadline", r.deadline(), t.get("space.referral." + r.status()))))
            .append(paragraphs(r.question()));
        if (bureau && "PROPOSED".equals(r.status())) {
          html.append(decision(t, r, csrf, refused));
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    String propose = "propose";
    html.append("<h3>").append(e(t.get("space.referral.propose.title"))).append("</h3>")
        .append(form("/council/space/referrals", csrf, Typed.alert(refused, propose),
            input("propose-title", "title", "text", t.get("space.referral.propose.name"),
                Typed.value(refused, propose, "title", ""), "off")
            + textarea("propose-question", "question", t.get("space.referral.propose.question"),
                Typed.value(refused, propose, "question", ""), 4)
            + input("propose-deadline", "deadline", "date", t.get("space.referral.propose.deadline"),
                Typed.value(refused, propose, "deadline", ""), "off"),
            t.get("space.referral.propose.send")));

    List<GroupView> mine = groups.stream().filter(g -> g.members().contains(me.id())).toList();
    html.append("<h2>").append(e(t.get("space.groups"))).append("</h2>");
    if (mine.isEmpty()) {
      html.append("<p>").append(e(t.get("space.none"))).append("</p>");
    } else {
      html.append("<ul>");
      mine.forEach(g -> html.append("<li>").append(e(g.name())).append("</li>"));
      html.append("</ul>");
    }

    html.append("<h2>").append(e(t.get("space.contributions"))).append("</h2>");
    if (contributions.isEmpty()) {
      html.append("<p>").append(e(t.get("space.none"))).append("</p>");
    } else {
      html.append("<ul>");
      contributions.forEach(c -> html.append("<li><a href=\"/council/space/contributions/").append(c.id())
          .append("\">").append(e(c.title())).append("</a> — ")
          .append(e(t.get("space.status." + c.status()))).append("</li>"));
      html.append("</ul>");
    }
    html.append("<h3>").append(e(t.get("space.contribution.open.title"))).append("</h3>")
        .append(form("/council/space/contributions", csrf, Typed.alert(refused, "open"),
            input("open-title", "title", "text", t.get("space.contribution.open.name"),
                Typed.value(refused, "open", "title", ""), "off")
            + referralChoice(t, referrals, Typed.value(refused, "open", "referral", "")),
            t.get("space.contribution.open.send")));

    html.append("<h2>").append(e(t.get("space.meetings"))).append("</h2>");
    if (upcoming.isEmpty()) {
      html.append("<p>").append(e(t.get("space.none"))).append("</p>");
    }
    for (MeetingView m : upcoming) {
      String id = m.id().toString();
      html.append("<section aria-labelledby=\"meeting-").append(id).append("\"><h3 id=\"meeting-").append(id)
          .append("\"><a href=\"/council/space/meetings/").append(id).append("\">").append(e(m.title()))
          .append("</a></h3><p>")
          .append(LocalTimes.dateTimeHtml(Instant.parse(m.startsAt()), zone, t.locale())).append("</p>");
      if (m.place() != null && !m.place().isBlank()) {
        html.append("<p>").append(e(t.get("space.meeting.place", m.place()))).append("</p>");
      }
      if (m.videoLink() != null && !m.videoLink().isBlank()) {
        html.append("<p><a href=\"").append(e(m.videoLink())).append("\">").append(e(t.get("space.meeting.video")))
            .append("</a></p>");
      }
      html.append(paragraphs(m.agenda()));
      html.append("<p><a href=\"/council/meetings/").append(id).append(".ics\" download>")
          .append(e(t.get("space.meeting.calendar"))).append("</a></p>");
      if (m.capacity() > 0) {
        String key = "register-" + id;
        html.append("<p>").append(e(t.get("space.meeting.seats", m.registered(), m.capacity()))).append("</p>")
            .append(form("/council/space/meetings/" + id + "/registrations", csrf, Typed.alert(refused, key),
                input(key + "-name", "name", "text", t.get("space.meeting.name"),
                    Typed.value(refused, key, "name", me.displayName()), "name")
                + input(key + "-email", "email", "email", t.get("space.meeting.email"),
                    Typed.value(refused, key, "email", ""), "email"),
                t.get("space.meeting.register")));
      }
      html.append("</section>");
    }
    return Typed.unannounced(refused, html.toString());
  }

  /** The bureau's buttons on a proposed self-referral. */
  private static String decision(Texts t, ReferralView r, String csrf, Typed refused) {
    String key = "decide-referral-" + r.id();
    return "<form method=\"post\" action=\"/council/space/referrals/" + r.id() + "/decision\">"
        + Typed.alert(refused, key) + "<input type=\"hidden\" name=\"csrf\" value=\"" + e(csrf) + "\">"
        + "<button type=\"submit\" name=\"decision\" value=\"accept\">" + e(t.get("space.referral.accept", r.title()))
        + "</button> <button type=\"submit\" name=\"decision\" value=\"decline\">"
        + e(t.get("space.referral.decline", r.title())) + "</button></form>";
  }

  /** The open referrals a new contribution may answer, or none (own initiative). */
  private static String referralChoice(Texts t, List<ReferralView> referrals, String chosen) {
    StringBuilder html = new StringBuilder("<p><label for=\"open-referral\">")
        .append(e(t.get("space.contribution.open.referral"))).append("</label><br>")
        .append("<select id=\"open-referral\" name=\"referral\"><option value=\"\">")
        .append(e(t.get("space.contribution.open.none"))).append("</option>");
    referrals.stream().filter(r -> "OPEN".equals(r.status())).forEach(r -> html.append("<option value=\"")
        .append(r.id()).append("\"").append(r.id().toString().equals(chosen) ? " selected" : "").append(">")
        .append(e(r.title())).append("</option>"));
    return html.append("</select></p>").toString();
  }
}
