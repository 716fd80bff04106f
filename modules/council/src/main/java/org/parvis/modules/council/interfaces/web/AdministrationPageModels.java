package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.SpacePageModels.day;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parvis.modules.council.application.CouncilSetup;
import org.parvis.modules.council.application.CouncilView;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.modules.council.application.ReferralView;
import org.parvis.modules.council.domain.AdoptionMethod;
import org.parvis.modules.council.domain.AdoptionScope;
import org.parvis.modules.council.domain.Appointment;
import org.parvis.modules.council.domain.CouncilDocumentVersion;
import org.parvis.modules.council.domain.CouncilRole;
import org.parvis.modules.council.interfaces.web.SpacePageModels.Option;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administration console and its view model: one section per set-up task, each form filled again with what
 * was typed when it was the one refused ({@code refused}, the form's key).
 */
@RequestScoped
public class AdministrationPageModels {

  static final String COUNCIL = "council";
  static final String COLLEGE = "college";
  static final String DOCUMENT = "document";
  static final String MEMBER = "member";
  static final String GROUP = "group";
  static final String REFERRAL = "referral";

  /** The council's own form, with what it says now (or the defaults of a new council). */
  public record CouncilFields(boolean exists, String name, String territory, String mandateYears, String majority,
      List<Option> methods, List<Option> scopes) {}

  public record MemberLine(UUID id, String line, boolean sitting, String end) {

    public String key() {
      return "end-" + id;
    }
  }

  public record Link(String href, String label) {}

  public record ReferralLine(String line, List<Link> documents) {}

  /** A working group, with the sitting members who may still join it. */
  public record Group(UUID id, String name, String members, List<Option> joinable, String join) {

    public String key() {
      return "join-" + id;
    }
  }

  /** Everything the console shows once the council exists (only {@code council} before). */
  public record Console(CouncilFields council, List<String> colleges, boolean collegeVoting, List<String> documents,
      List<Option> kinds, List<MemberLine> members, boolean hasColleges, String membersHelp,
      List<Option> collegeOptions, List<Option> appointments, List<Option> roles, boolean publicProfile,
      List<ReferralLine> referrals, List<Group> groups, List<Option> groupReferrals) {}

  @Inject CouncilSetup setup;
  @Inject Membership membership;
  @Inject MeetingDesk meetings;
  @Inject ReferralDesk referrals;
  @Inject PortalViews views;

  public View page(Form form, String refused, String notice) {
    Texts t = Texts.of("messages.council", views.locale());
    Chosen chosen = new Chosen(form, refused);
    CouncilView c = setup.councilIfSetUp().orElse(null);
    CouncilFields fields = new CouncilFields(c != null, c == null ? "" : c.name(), c == null ? "" : c.territory(),
        c == null ? "3" : String.valueOf(c.mandateYears()), c == null ? "50" : String.valueOf(c.majorityPercent()),
        options(t, "admin.method.", AdoptionMethod.values(), chosen.of(COUNCIL, "method",
            c == null ? "" : c.adoptionMethod())),
        options(t, "admin.scope.", AdoptionScope.values(), chosen.of(COUNCIL, "scope",
            c == null ? "" : c.adoptionScope())));
    Console console = c == null ? new Console(fields, List.of(), true, List.of(), List.of(), List.of(), false, null,
        List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of()) : console(t, c, fields, chosen);
    return views.page("council/administration", t.get("admin.title")).with("console", console)
        .with("refused", refused).with("notice", notice).form(form);
  }

  private Console console(Texts t, CouncilView c, CouncilFields fields, Chosen chosen) {
    List<MemberView> members = membership.all();
    Map<String, String> collegeNames = c.colleges().stream().collect(Collectors.toMap(k -> k.id().toString(),
        CouncilView.CollegeView::name, (a, b) -> a, LinkedHashMap::new));
    List<String> colleges = c.colleges().stream().map(k -> t.get(k.voting() ? "admin.college.voting"
        : "admin.college.observing", k.name(), k.seats(), k.taken())).toList();
    List<String> documents = List.of(version(t, "admin.document.charter", c.charterVersion()),
        version(t, "admin.document.rules", c.internalRulesVersion()));
    List<MemberLine> lines = members.stream().map(m -> {
      String roles = m.roles().stream().map(r -> t.get("admin.role." + r)).collect(Collectors.joining(", "));
      return new MemberLine(m.id(), t.get("admin.member.line", m.displayName(),
          collegeNames.getOrDefault(m.collegeId().toString(), ""), t.get("admin.appointment." + m.appointment()),
          day(t, m.mandateStart()), day(t, m.endedOn() == null ? m.mandateEnd() : m.endedOn()),
          roles.isEmpty() ? "—" : roles), m.endedOn() == null, t.get("admin.member.end", m.displayName()));
    }).toList();
    String college = chosen.of(MEMBER, "college", "");
    List<Option> collegeOptions = collegeNames.entrySet().stream()
        .map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(college))).toList();
    List<Option> roles = Arrays.stream(CouncilRole.values()).map(r -> new Option("role-" + r.name(),
        t.get("admin.role." + r.name()), chosen.checked(MEMBER, "role-" + r.name()))).toList();
    List<ReferralView> all = referrals.all();
    List<ReferralLine> referralLines = all.stream().map(r -> new ReferralLine(
        t.get("admin.referral.line", r.title(), day(t, r.deadline()), t.get("admin.referral.status." + r.status())),
        IntStream.range(0, r.documents().size()).mapToObj(i -> new Link("/files/" + r.documents().get(i),
            t.get("admin.referral.document", i + 1, r.title()))).toList())).toList();
    Map<UUID, MemberView> sitting = members.stream().filter(m -> m.endedOn() == null)
        .collect(Collectors.toMap(MemberView::id, m -> m, (a, b) -> a, LinkedHashMap::new));
    List<Group> groups = meetings.groups().stream().map(g -> {
      String names = g.members().stream().filter(sitting::containsKey).map(m -> sitting.get(m).displayName())
          .collect(Collectors.joining(", "));
      String member = chosen.of("join-" + g.id(), "member", "");
      List<Option> joinable = sitting.values().stream().filter(m -> !g.members().contains(m.id()))
          .map(m -> new Option(m.id().toString(), m.displayName(), m.id().toString().equals(member))).toList();
      return new Group(g.id(), g.name(), t.get("admin.group.members", names.isEmpty() ? "—" : names), joinable,
          t.get("admin.group.join", g.name()));
    }).toList();
    String referral = chosen.of(GROUP, "referral", "");
    List<Option> groupReferrals = new ArrayList<>();
    groupReferrals.add(new Option("", t.get("admin.group.noReferral"), referral.isEmpty()));
    all.forEach(r -> groupReferrals.add(new Option(r.id().toString(), r.title(), r.id().toString().equals(referral))));
    return new Console(fields, colleges, chosen.refused.equals(COLLEGE) ? chosen.checked(COLLEGE, "voting") : true,
        documents, options(t, "admin.kind.", CouncilDocumentVersion.Kind.values(),
            chosen.of(DOCUMENT, "kind", CouncilDocumentVersion.Kind.CHARTER.name())),
        lines, !c.colleges().isEmpty(), t.get("admin.members.help", c.mandateYears()), collegeOptions,
        options(t, "admin.appointment.", new Appointment[] {Appointment.DESIGNATED, Appointment.VOLUNTEER},
            chosen.of(MEMBER, "appointment", Appointment.DESIGNATED.name())),
        roles, chosen.checked(MEMBER, "publicProfile"), referralLines, groups, groupReferrals);
  }

  /** What a select or check box of the refused form shows: what was typed; of any other form, its default. */
  private record Chosen(Form form, String refused) {

    String of(String key, String field, String fallback) {
      return refused.equals(key) ? form.typed(field) : fallback;
    }

    boolean checked(String key, String field) {
      return refused.equals(key) && form.checked(field);
    }
  }

  private static <E extends Enum<E>> List<Option> options(Texts t, String prefix, E[] values, String chosen) {
    return Arrays.stream(values).map(v -> new Option(v.name(), t.get(prefix + v.name()), v.name().equals(chosen)))
        .toList();
  }

  private static String version(Texts t, String key, Integer number) {
    return number == null ? t.get(key + ".none") : t.get(key, number);
  }
}
