package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.FormHtml.form;
import static org.parvis.modules.council.interfaces.web.FormHtml.paragraphs;
import static org.parvis.modules.council.interfaces.web.FormHtml.textarea;
import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import java.time.Instant;
import java.time.ZoneId;
import org.parvis.spi.i18n.LocalTimes;
import java.util.List;
import java.util.Set;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.spi.i18n.Texts;

/**
 * A meeting in the members' space, run with the workshop kit: <em>prepare</em> (agenda,
 * invitations, start), <em>run</em> (attendance, then minutes to conclude), <em>conclude</em>
 * (minutes and who was there). Every member reads it; the forms are for facilitators and the
 * bureau (the secretariat does the same through the API).
 */
final class MeetingHtml {

  /** Roles that organise meetings, as {@code MeetingDesk} requires. */
  private static final Set<String> ORGANISING = Set.of("FACILITATOR", "PRESIDENT", "CO_PRESIDENT", "BUREAU");

  private MeetingHtml() {}

  static String of(Texts t, MemberView me, MeetingView m, List<MemberView> expected, ZoneId zone, String csrf,
      Typed refused) {
    String base = "/council/space/meetings/" + m.id();
    boolean organises = me.roles().stream().anyMatch(ORGANISING::contains);
    StringBuilder html = new StringBuilder("<p><a href=\"/council/space\">").append(e(t.get("space.back")))
        .append("</a></p><p>").append(LocalTimes.dateTimeHtml(Instant.parse(m.startsAt()), zone, t.locale()))
        .append("</p><p>")
        .append(e(t.get("meeting.stage", t.get("meeting.stage." + m.stage())))).append("</p>")
        .append("<h2>").append(e(t.get("meeting.agenda"))).append("</h2>").append(paragraphs(m.agenda()));
    switch (m.stage()) {
      case "PREPARING" -> {
        if (organises) {
          html.append(form(base + "/agenda", csrf, Typed.alert(refused, "agenda"),
                  textarea("agenda", "agenda", t.get("meeting.agenda.edit"),
                      Typed.value(refused, "agenda", "agenda", m.agenda()), 6), t.get("meeting.agenda.send")))
              .append(form(base + "/invitations", csrf, Typed.alert(refused, "invite"), "",
                  t.get("meeting.invite")))
              .append(form(base + "/start", csrf, Typed.alert(refused, "start"), "", t.get("meeting.start")));
        }
      }
      case "RUNNING" -> {
        if (organises) {
          html.append(form(base + "/attendance", csrf, Typed.alert(refused, "attendance"),
                  attendanceSheet(t, m, expected, refused), t.get("meeting.attendance.send")))
              .append(form(base + "/conclusion", csrf, Typed.alert(refused, "conclude"),
                  textarea("minutes", "minutes", t.get("meeting.minutes.edit"),
                      Typed.value(refused, "conclude", "minutes", ""), 8), t.get("meeting.conclude")));
        }
      }
      default -> {
        html.append("<h2>").append(e(t.get("meeting.minutes"))).append("</h2>").append(paragraphs(m.minutes()))
            .append("<h2>").append(e(t.get("meeting.present"))).append("</h2><ul>");
        expected.stream().filter(member -> m.present().contains(member.id()))
            .forEach(member -> html.append("<li>").append(e(member.displayName())).append("</li>"));
        html.append("</ul>");
      }
    }
    return Typed.unannounced(refused, html.toString());
  }

  /** One labelled check box per expected member, ticked for those already recorded present. */
  private static String attendanceSheet(Texts t, MeetingView m, List<MemberView> expected, Typed refused) {
    StringBuilder fields = new StringBuilder("<fieldset><legend>").append(e(t.get("meeting.attendance")))
        .append("</legend>");
    for (MemberView member : expected) {
      String id = member.id().toString();
      boolean present = refused != null && "attendance".equals(refused.form())
          ? refused.values().containsKey("present-" + id) : m.present().contains(member.id());
      fields.append("<p><input type=\"checkbox\" id=\"present-").append(id).append("\" name=\"present-")
          .append(id).append("\" value=\"on\"").append(present ? " checked" : "").append("> <label for=\"present-")
          .append(id).append("\">").append(e(member.displayName())).append("</label></p>");
    }
    return fields.append("</fieldset>").toString();
  }
}
