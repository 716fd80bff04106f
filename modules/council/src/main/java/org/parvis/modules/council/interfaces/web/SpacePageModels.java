package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.CouncilForms.lines;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The pages of the members' space (home, a contribution, a meeting) with their view models, in the page's
 * language. Each page is built for a sitting member ({@link Membership#me()}: 403 for anyone else); {@code refused}
 * names the form shown again after a refusal ({@link CouncilForms#NONE} otherwise), {@code notice} what was just
 * saved.
 */
@RequestScoped
public class SpacePageModels {

  /** Roles of the bureau, which decides on self-referrals. */
  static final Set<String> BUREAU = Set.of("PRESIDENT", "CO_PRESIDENT", "BUREAU");

  /** Roles that hold the pen with the pen holder and organise meetings (facilitators and the bureau). */
  static final Set<String> FACILITATING = Set.of("FACILITATOR", "PRESIDENT", "CO_PRESIDENT", "BUREAU");

  /** A choice of a select or a group of buttons. */
  public record Option(String value, String label, boolean selected) {}

  /** A referral on the home page; the bureau decides on a proposed self-referral ({@code decidable}). */
  public record Referral(UUID id, String title, String line, List<String> question, boolean decidable,
      String key) {}

  public record Draft(UUID id, String title, String status) {}

  /** An upcoming meeting; {@code seats} is set for an open workshop, which members register to. */
  public record Meeting(UUID id, String title, Instant startsAt, String place, String video, List<String> agenda,
      String seats, String key) {}

  public record Home(String hello, List<Referral> referrals, List<Option> openReferrals, List<String> groups,
      List<Draft> contributions, List<Meeting> meetings, String registrant) {}

  public record Comment(String author, String text) {}

  public record Amendment(UUID id, String by, List<String> paragraphs, String reason, boolean decidable,
      String key) {}

  public record Section(UUID id, String heading, List<String> paragraphs, String text, List<Comment> comments,
      List<Amendment> amendments, String commentKey, String commentLabel, String amendKey, String amendLabel) {}

  /** The vote form: the legend names the rule, {@code mine} the member's current vote (null before voting). */
  public record Vote(String legend, String mine, List<Option> choices) {}

  /** A contribution: {@code pen} when the member holds the pen (or facilitates), {@code vote} while voting. */
  public record Contribution(UUID id, String title, String status, boolean drafting, boolean pen,
      List<Section> sections, PublicPageModels.Result result, Vote vote) {}

  public record Attendee(UUID id, String name, boolean checked) {}

  /** A meeting run with the workshop kit; {@code organises} shows the kit's forms. */
  public record MeetingPage(UUID id, Instant startsAt, String stage, String stageCode, List<String> agenda,
      String agendaText, boolean organises, List<Attendee> attendees, List<String> minutes, List<String> present) {}

  @Inject Membership membership;
  @Inject ContributionDesk contributions;
  @Inject ReferralDesk referrals;
  @Inject MeetingDesk meetings;
  @Inject PortalViews views;

  /** The home page: referrals, the member's groups, contributions, upcoming meetings and their forms. */
  public View home(Form form, String refused, String notice) {
    Texts t = texts();
    MemberView me = membership.me();
    boolean bureau = me.roles().stream().anyMatch(BUREAU::contains);
    var all = referrals.all();
    String chosen = "open".equals(refused) ? form.typed("referral") : "";
    List<Referral> shown = all.stream().map(r -> new Referral(r.id(), r.title(),
        t.get("space.referral.deadline", day(t, r.deadline()), t.get("space.referral." + r.status())),
        lines(r.question()), bureau && "PROPOSED".equals(r.status()), "decide-referral-" + r.id())).toList();
    List<Option> open = new ArrayList<>();
    open.add(new Option("", t.get("space.contribution.open.none"), chosen.isBlank()));
    all.stream().filter(r -> "OPEN".equals(r.status()))
        .forEach(r -> open.add(new Option(r.id().toString(), r.title(), r.id().toString().equals(chosen))));
    List<String> groups = meetings.groups().stream().filter(g -> g.members().contains(me.id()))
        .map(g -> g.name()).toList();
    List<Draft> drafts = contributions.forMembers().stream()
        .map(c -> new Draft(c.id(), c.title(), t.get("space.status." + c.status()))).toList();
    List<Meeting> upcoming = meetings.all().stream()
        .filter(m -> !"CONCLUDED".equals(m.stage()) || Instant.parse(m.startsAt()).isAfter(Instant.now()))
        .map(m -> meeting(t, m)).toList();
    Home home = new Home(t.get("space.hello", me.displayName()), shown, open, groups, drafts, upcoming,
        me.displayName());
    return views.page("council/space", t.get("space.title")).with("home", home).with("refused", refused)
        .with("notice", notice).form(form);
  }

  /** A contribution's page for the member. */
  public View contribution(UUID id, Form form, String refused, String notice) {
    Texts t = texts();
    MemberView me = membership.me();
    ContributionView c = contributions.forMember(id);
    Map<UUID, String> names = membership.all().stream()
        .collect(Collectors.toMap(MemberView::id, MemberView::displayName, (a, b) -> a));
    boolean drafting = "DRAFTING".equals(c.status());
    boolean pen = me.id().equals(c.penHolder()) || me.roles().stream().anyMatch(FACILITATING::contains);
    List<Section> sections = c.sections().stream().map(s -> new Section(s.id(), s.heading(), lines(s.text()),
        s.text(),
        c.comments().stream().filter(k -> k.section().equals(s.id()))
            .map(k -> new Comment(names.getOrDefault(k.author(), "?"), k.text())).toList(),
        c.amendments().stream().filter(a -> a.section().equals(s.id())).map(a -> new Amendment(a.id(),
            t.get("space.amendment.by", names.getOrDefault(a.author(), "?"), t.get("space.amendment." + a.status())),
            lines(a.text()), t.get("space.amendment.reason", a.reason()), pen && "PROPOSED".equals(a.status()),
            "decide-" + a.id())).toList(),
        "comment-" + s.id(), t.get("space.comment.text", s.heading()),
        "amend-" + s.id(), t.get("space.amend.text", s.heading()))).toList();
    Vote vote = null;
    if ("VOTING".equals(c.status()) && c.result() != null) {
      String mine = c.votes().stream().filter(v -> v.member().equals(me.id()))
          .map(ContributionView.VoteView::choice).findFirst().orElse(null);
      String chosen = "vote".equals(refused) ? form.typed("choice") : mine;
      List<String> choices = "CONSENT".equals(c.result().method())
          ? List.of("CONSENT", "OBJECTION", "STAND_ASIDE") : List.of("FOR", "AGAINST", "ABSTAIN");
      vote = new Vote(t.get("space.vote.legend", t.get("method." + c.result().method()),
          t.get("scope." + c.result().scope())),
          mine == null ? null : t.get("space.vote.mine", t.get("space.vote." + mine)),
          choices.stream().map(k -> new Option(k, t.get("space.vote." + k), k.equals(chosen))).toList());
    }
    Contribution page = new Contribution(c.id(), c.title(),
        t.get("space.status", t.get("space.status." + c.status()), names.getOrDefault(c.penHolder(), "?")),
        drafting, pen, sections, PublicPageModels.result(t, c.result(), c.status(), true), vote);
    return views.page("council/contribution", c.title()).with("c", page).with("refused", refused)
        .with("notice", notice).form(form);
  }

  /** A meeting's page: every member reads it, organisers run it with the kit. */
  public View meeting(UUID id, Form form, String refused, String notice) {
    Texts t = texts();
    MemberView me = membership.me();
    MeetingView m = meetings.get(id);
    List<MemberView> expected = meetings.expectedMembers(id);
    boolean again = "attendance".equals(refused);
    List<Attendee> attendees = expected.stream().map(member -> new Attendee(member.id(), member.displayName(),
        again ? form.checked("present-" + member.id()) : m.present().contains(member.id()))).toList();
    MeetingPage page = new MeetingPage(m.id(), Instant.parse(m.startsAt()),
        t.get("meeting.stage", t.get("meeting.stage." + m.stage())), m.stage(), lines(m.agenda()), m.agenda(),
        me.roles().stream().anyMatch(FACILITATING::contains), attendees, lines(m.minutes()),
        expected.stream().filter(member -> m.present().contains(member.id())).map(MemberView::displayName)
            .toList());
    return views.page("council/meeting", m.title()).with("meeting", page).with("refused", refused)
        .with("notice", notice).form(form);
  }

  private Meeting meeting(Texts t, MeetingView m) {
    return new Meeting(m.id(), m.title(), Instant.parse(m.startsAt()), PublicPageModels.blankToNull(m.place()),
        PublicPageModels.blankToNull(m.videoLink()), lines(m.agenda()),
        m.capacity() > 0 ? t.get("space.meeting.seats", m.registered(), m.capacity()) : null, "register-" + m.id());
  }

  static String day(Texts t, String isoDay) {
    return LocalTimes.day(LocalDate.parse(isoDay), t.locale());
  }

  private Texts texts() {
    return Texts.of("messages.council", views.locale());
  }
}
