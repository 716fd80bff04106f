package org.parvis.modules.council.interfaces.web;

import org.parvis.spi.i18n.Texts;
import static org.parvis.modules.council.interfaces.web.FormHtml.form;
import static org.parvis.modules.council.interfaces.web.FormHtml.input;
import static org.parvis.modules.council.interfaces.web.FormHtml.paragraphs;
import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.GroupView;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.ReferralView;

/** The members' space home: referrals, the member's working groups, drafts, upcoming meetings. */
final class SpaceHtml {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private SpaceHtml() {}

  static String home(Texts t, MemberView me, List<ReferralView> referrals, List<GroupView> groups,
      List<ContributionView> contributions, List<MeetingView> upcoming, String csrf, Typed refused) {
    StringBuilder html = new StringBuilder("<p>").append(e(t.get("space.hello", me.displayName()))).append("</p>");

    html.append("<h2>").append(e(t.get("space.referrals"))).append("</h2>");
    if (referrals.isEmpty()) {
      html.append("<p>").append(e(t.get("space.none"))).append("</p>");
    } else {
      html.append("<ul>");
      referrals.forEach(r -> html.append("<li><strong>").append(e(r.title())).append("</strong> — ")
          .append(e(t.get("space.referral.deadline", r.deadline(), t.get("space.referral." + r.status()))))
          .append(paragraphs(r.question())).append("</li>"));
      html.append("</ul>");
    }

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

    html.append("<h2>").append(e(t.get("space.meetings"))).append("</h2>");
    if (upcoming.isEmpty()) {
      html.append("<p>").append(e(t.get("space.none"))).append("</p>");
    }
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
        .withLocale(t.locale()).withZone(PARIS);
    for (MeetingView m : upcoming) {
      String id = m.id().toString();
      html.append("<section aria-labelledby=\"meeting-").append(id).append("\"><h3 id=\"meeting-").append(id)
          .append("\">").append(e(m.title())).append("</h3><p>")
          .append(e(when.format(Instant.parse(m.startsAt())))).append("</p>");
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
}
