package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.FormHtml.form;
import static org.parvis.modules.council.interfaces.web.FormHtml.input;
import static org.parvis.modules.council.interfaces.web.FormHtml.optionalTextarea;
import static org.parvis.modules.council.interfaces.web.FormHtml.textarea;
import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.council.application.CouncilView;
import org.parvis.modules.council.application.GroupView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.ReferralView;
import org.parvis.modules.council.domain.AdoptionMethod;
import org.parvis.modules.council.domain.AdoptionScope;
import org.parvis.modules.council.domain.Appointment;
import org.parvis.modules.council.domain.CouncilDocumentVersion;
import org.parvis.modules.council.domain.CouncilRole;
import org.parvis.spi.i18n.Texts;

/**
 * The administration console's markup: one section per set-up task, each form with labelled
 * fields, filled again with what was typed when it was refused.
 */
final class AdministrationHtml {

  static final String COUNCIL = "council";
  static final String COLLEGE = "college";
  static final String DOCUMENT = "document";
  static final String MEMBER = "member";
  static final String END = "end-";
  static final String GROUP = "group";
  static final String JOIN = "join-";
  static final String REFERRAL = "referral";

  private AdministrationHtml() {}

  /** What the console shows once the council exists. */
  record Content(CouncilView council, List<MemberView> members, List<GroupView> groups,
      List<ReferralView> referrals) {}

  /** The console; {@code content} is null until the council is created. */
  static String html(Texts t, Content content, String csrf, Typed refused) {
    StringBuilder html = new StringBuilder("<p><a href=\"/council/secretariat\">")
        .append(e(t.get("admin.secretariat"))).append("</a></p>");
    CouncilView council = content == null ? null : content.council();
    html.append(section("admin-council", t.get("admin.council.title"), councilForm(t, council, csrf, refused)));
    if (content != null) {
      html.append(section("admin-colleges", t.get("admin.colleges.title"), colleges(t, council, csrf, refused)))
          .append(section("admin-documents", t.get("admin.documents.title"), documents(t, council, csrf, refused)))
          .append(section("admin-members", t.get("admin.members.title"),
              members(t, council, content.members(), csrf, refused)))
          .append(section("admin-referrals", t.get("admin.referrals.title"),
              referrals(t, content.referrals(), csrf, refused)))
          .append(section("admin-groups", t.get("admin.groups.title"), groups(t, content, csrf, refused)));
    }
    return Typed.unannounced(refused, html.toString());
  }

  private static String referrals(Texts t, List<ReferralView> referrals, String csrf, Typed refused) {
    StringBuilder html = new StringBuilder();
    if (!referrals.isEmpty()) {
      html.append("<ul>");
      for (ReferralView r : referrals) {
        html.append("<li>").append(e(t.get("admin.referral.line", r.title(), r.deadline(),
            t.get("admin.referral.status." + r.status()))));
        for (int i = 0; i < r.documents().size(); i++) {
          html.append(" <a href=\"/files/").append(r.documents().get(i)).append("\">")
              .append(e(t.get("admin.referral.document", i + 1, r.title()))).append("</a>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    String fields = input("referral-title", "title", "text", t.get("admin.field.title"),
            Typed.value(refused, REFERRAL, "title", ""), "off")
        + textarea("referral-question", "question", t.get("admin.field.question"),
            Typed.value(refused, REFERRAL, "question", ""), 5)
        + input("referral-deadline", "deadline", "date", t.get("admin.field.deadline"),
            Typed.value(refused, REFERRAL, "deadline", ""), "off")
        + "<p><label for=\"referral-document\">" + e(t.get("admin.field.document"))
        + "</label><br><input type=\"file\" id=\"referral-document\" name=\"document\""
        + " accept=\"application/pdf,image/jpeg,image/png,image/webp\"></p>";
    return html + form("/council/administration/referrals", csrf, Typed.alert(refused, REFERRAL), fields,
        t.get("admin.referral.save")).replace("<form method=\"post\"",
        "<form method=\"post\" enctype=\"multipart/form-data\"");
  }

  private static String groups(Texts t, Content content, String csrf, Typed refused) {
    Map<UUID, MemberView> sitting = content.members().stream().filter(m -> m.endedOn() == null)
        .collect(Collectors.toMap(MemberView::id, m -> m, (a, b) -> a, LinkedHashMap::new));
    StringBuilder html = new StringBuilder();
    for (GroupView g : content.groups()) {
      String id = g.id().toString();
      html.append("<section aria-labelledby=\"group-").append(id).append("\"><h3 id=\"group-").append(id)
          .append("\">").append(e(g.name())).append("</h3>");
      String names = g.members().stream().map(m -> sitting.containsKey(m) ? sitting.get(m).displayName() : null)
          .filter(n -> n != null).collect(Collectors.joining(", "));
      html.append("<p>").append(e(t.get("admin.group.members", names.isEmpty() ? "—" : names))).append("</p>");
      Map<String, String> joinable = new LinkedHashMap<>();
      sitting.values().stream().filter(m -> !g.members().contains(m.id()))
          .forEach(m -> joinable.put(m.id().toString(), m.displayName()));
      if (!joinable.isEmpty()) {
        html.append(form("/council/administration/groups/" + id + "/members", csrf, Typed.alert(refused, JOIN + id),
            select("join-" + id, "member", t.get("admin.field.member"), joinable,
                Typed.value(refused, JOIN + id, "member", "")), t.get("admin.group.join", g.name())));
      }
      html.append("</section>");
    }
    Map<String, String> referrals = new LinkedHashMap<>();
    referrals.put("", t.get("admin.group.noReferral"));
    content.referrals().forEach(r -> referrals.put(r.id().toString(), r.title()));
    String fields = input("group-name", "name", "text", t.get("admin.field.groupName"),
            Typed.value(refused, GROUP, "name", ""), "off")
        + select("group-referral", "referral", t.get("admin.field.referral"), referrals,
            Typed.value(refused, GROUP, "referral", "")).replace(" required>", ">");
    return html + "<h3>" + e(t.get("admin.group.new")) + "</h3>"
        + form("/council/administration/groups", csrf, Typed.alert(refused, GROUP), fields,
            t.get("admin.group.create"));
  }

  private static String councilForm(Texts t, CouncilView c, String csrf, Typed refused) {
    String intro = c == null ? "<p>" + e(t.get("admin.council.none")) + "</p>" : "";
    String fields = input("council-name", "name", "text", t.get("admin.field.name"),
            Typed.value(refused, COUNCIL, "name", c == null ? "" : c.name()), "off")
        + input("council-territory", "territory", "text", t.get("admin.field.territory"),
            Typed.value(refused, COUNCIL, "territory", c == null ? "" : c.territory()), "off")
        + number("council-mandate", "mandateYears", t.get("admin.field.mandateYears"), 1, 10,
            Typed.value(refused, COUNCIL, "mandateYears", c == null ? "3" : String.valueOf(c.mandateYears())))
        + select("council-method", "method", t.get("admin.field.method"), choices(t, "admin.method.",
            AdoptionMethod.values()), Typed.value(refused, COUNCIL, "method", c == null ? "" : c.adoptionMethod()))
        + select("council-scope", "scope", t.get("admin.field.scope"), choices(t, "admin.scope.",
            AdoptionScope.values()), Typed.value(refused, COUNCIL, "scope", c == null ? "" : c.adoptionScope()))
        + number("council-majority", "majority", t.get("admin.field.majority"), 50, 99,
            Typed.value(refused, COUNCIL, "majority", c == null ? "50" : String.valueOf(c.majorityPercent())));
    return intro + form("/council/administration/council", csrf, Typed.alert(refused, COUNCIL), fields,
        t.get(c == null ? "admin.council.create" : "admin.council.save"));
  }

  private static String colleges(Texts t, CouncilView c, String csrf, Typed refused) {
    StringBuilder html = new StringBuilder();
    if (!c.colleges().isEmpty()) {
      html.append("<ul>");
      c.colleges().forEach(k -> html.append("<li>").append(e(t.get(k.voting() ? "admin.college.voting"
          : "admin.college.observing", k.name(), k.seats(), k.taken()))).append("</li>"));
      html.append("</ul>");
    }
    String fields = input("college-name", "name", "text", t.get("admin.field.collegeName"),
            Typed.value(refused, COLLEGE, "name", ""), "off")
        + number("college-seats", "seats", t.get("admin.field.seats"), 1, 500,
            Typed.value(refused, COLLEGE, "seats", ""))
        + checkbox("college-voting", "voting", t.get("admin.field.voting"),
            refused == null || !refused.form().equals(COLLEGE) || refused.values().containsKey("voting"));
    return html + "<p>" + e(t.get("admin.colleges.help")) + "</p>"
        + form("/council/administration/colleges", csrf, Typed.alert(refused, COLLEGE), fields,
            t.get("admin.college.save"));
  }

  private static String documents(Texts t, CouncilView c, String csrf, Typed refused) {
    String current = "<ul><li>" + e(version(t, "admin.document.charter", c.charterVersion())) + "</li><li>"
        + e(version(t, "admin.document.rules", c.internalRulesVersion())) + "</li></ul>";
    String fields = select("document-kind", "kind", t.get("admin.field.kind"),
            choices(t, "admin.kind.", CouncilDocumentVersion.Kind.values()),
            Typed.value(refused, DOCUMENT, "kind", CouncilDocumentVersion.Kind.CHARTER.name()))
        + textarea("document-text", "text", t.get("admin.field.text"), Typed.value(refused, DOCUMENT, "text", ""), 10);
    return current + form("/council/administration/documents", csrf, Typed.alert(refused, DOCUMENT), fields,
        t.get("admin.document.publish"));
  }

  private static String version(Texts t, String key, Integer number) {
    return number == null ? t.get(key + ".none") : t.get(key, number);
  }

  private static String members(Texts t, CouncilView c, List<MemberView> members, String csrf,
      Typed refused) {
    Map<String, String> collegeNames = c.colleges().stream()
        .collect(Collectors.toMap(k -> k.id().toString(), CouncilView.CollegeView::name, (a, b) -> a,
            LinkedHashMap::new));
    StringBuilder html = new StringBuilder();
    if (!members.isEmpty()) {
      html.append("<ul>");
      for (MemberView m : members) {
        String roles = m.roles().stream().map(r -> t.get("admin.role." + r)).collect(Collectors.joining(", "));
        html.append("<li><p>").append(e(t.get("admin.member.line", m.displayName(),
            collegeNames.getOrDefault(m.collegeId().toString(), ""), t.get("admin.appointment." + m.appointment()),
            m.mandateStart(), m.endedOn() == null ? m.mandateEnd() : m.endedOn(),
            roles.isEmpty() ? "—" : roles))).append("</p>");
        if (m.endedOn() == null) {
          html.append(form("/council/administration/members/" + m.id() + "/end", csrf,
              Typed.alert(refused, END + m.id()), "", t.get("admin.member.end", m.displayName())));
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    if (c.colleges().isEmpty()) {
      return html + "<p>" + e(t.get("admin.members.noCollege")) + "</p>";
    }
    StringBuilder roles = new StringBuilder("<fieldset><legend>").append(e(t.get("admin.field.roles")))
        .append("</legend>");
    for (CouncilRole role : CouncilRole.values()) {
      roles.append(checkbox("member-role-" + role.name(), "role-" + role.name(), t.get("admin.role." + role.name()),
          refused != null && refused.form().equals(MEMBER) && refused.values().containsKey("role-" + role.name())));
    }
    roles.append("</fieldset>");
    String fields = "<p>" + e(t.get("admin.members.help", c.mandateYears())) + "</p>"
        + input("member-subject", "subject", "text", t.get("admin.field.subject"),
            Typed.value(refused, MEMBER, "subject", ""), "off")
        + input("member-name", "displayName", "text", t.get("admin.field.displayName"),
            Typed.value(refused, MEMBER, "displayName", ""), "off")
        + optional(input("member-organisation", "organisation", "text", t.get("admin.field.organisation"),
            Typed.value(refused, MEMBER, "organisation", ""), "organization"))
        + optional(input("member-email", "email", "email", t.get("admin.field.email"),
            Typed.value(refused, MEMBER, "email", ""), "off"))
        + optionalTextarea("member-profile", "profile", t.get("admin.field.profile"),
            Typed.value(refused, MEMBER, "profile", ""), 3)
        + select("member-college", "college", t.get("admin.field.college"), collegeNames,
            Typed.value(refused, MEMBER, "college", ""))
        + select("member-appointment", "appointment", t.get("admin.field.appointment"),
            choices(t, "admin.appointment.", Appointment.DESIGNATED, Appointment.VOLUNTEER),
            Typed.value(refused, MEMBER, "appointment", Appointment.DESIGNATED.name()))
        + roles
        + checkbox("member-public", "publicProfile", t.get("admin.field.publicProfile"),
            refused != null && refused.form().equals(MEMBER) && refused.values().containsKey("publicProfile"));
    return html + form("/council/administration/members", csrf, Typed.alert(refused, MEMBER), fields,
        t.get("admin.member.appoint"));
  }

  private static String section(String id, String title, String body) {
    return "<section aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">" + e(title) + "</h2>" + body
        + "</section>";
  }

  @SafeVarargs
  private static <E extends Enum<E>> Map<String, String> choices(Texts t, String prefix,
      E... values) {
    return Arrays.stream(values).collect(Collectors.toMap(Enum::name, v -> t.get(prefix + v.name()),
        (a, b) -> a, LinkedHashMap::new));
  }

  /** A required choice among {@code options} (value → label, shown in their order). */
  private static String select(String id, String name, String label, Map<String, String> options, String chosen) {
    StringBuilder html = new StringBuilder("<p><label for=\"").append(e(id)).append("\">").append(e(label))
        .append("</label><br><select id=\"").append(e(id)).append("\" name=\"").append(e(name))
        .append("\" required>");
    options.entrySet().forEach(o ->
        html.append("<option value=\"").append(e(o.getKey())).append('"')
            .append(o.getKey().equals(chosen) ? " selected" : "").append('>').append(e(o.getValue()))
            .append("</option>"));
    return html.append("</select></p>").toString();
  }

  private static String number(String id, String name, String label, int min, int max, String value) {
    return input(id, name, "number", label, value, "off")
        .replace("type=\"number\"", "type=\"number\" min=\"" + min + "\" max=\"" + max + "\"");
  }

  private static String checkbox(String id, String name, String label, boolean checked) {
    return "<p><input type=\"checkbox\" id=\"" + e(id) + "\" name=\"" + e(name) + "\""
        + (checked ? " checked" : "") + "><label for=\"" + e(id) + "\">" + e(label) + "</label></p>";
  }

  private static String optional(String input) {
    return input.replace(" required>", ">");
  }
}
