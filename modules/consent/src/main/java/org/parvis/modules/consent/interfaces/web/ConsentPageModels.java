package org.parvis.modules.consent.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.consent.application.Circles;
import org.parvis.modules.consent.application.ConsentProcess;
import org.parvis.modules.consent.domain.Answer;
import org.parvis.modules.consent.domain.AnswerKind;
import org.parvis.modules.consent.domain.Circle;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.modules.consent.domain.ConsentProposal.Status;
import org.parvis.modules.consent.domain.Round;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;

/**
 * The view models of the consent pages, in the page's language and on the tenant's clocks. Members are named
 * from the directory for administrators, and shown by their account's subject to the other members, who may not
 * read the directory ("you" for the visitor).
 */
@RequestScoped
public class ConsentPageModels {

  @Inject Circles circles;
  @Inject ConsentProcess process;
  @Inject CurrentTenant tenant;
  @Inject People people;

  /** A proposal in a list: its title and where it stands in words. */
  public record ProposalLink(UUID id, String title, String when) {}

  /** A circle on the home page of the module, with its open proposals. */
  public record CircleCard(UUID id, String name, List<ProposalLink> open) {}

  /** Proposals of one status. */
  public record StatusGroup(String label, List<ProposalLink> proposals) {}

  /** A member of a circle: the subject (for the administrator's forms) and how the page names them. */
  public record Member(String subject, String label) {}

  /** A circle's page. */
  public record CirclePage(UUID id, String name, List<Member> members, List<StatusGroup> groups, boolean member) {}

  /** One member's answer in a round. */
  public record AnswerLine(String member, String kind, List<String> reason, boolean objection) {}

  /** One round of a proposal: its text, how it addresses the previous objections, its answers. */
  public record RoundModel(int number, String heading, List<String> text, List<String> addresses,
      List<AnswerLine> answers, String tally, boolean current) {}

  /** What the visitor may do on a proposal's page. */
  public record Participation(boolean member, String myAnswer, boolean canAnswer, boolean canAmend,
      boolean canAdopt) {}

  /** A proposal's page: the current round first, the earlier rounds as the record. */
  public record ProposalPage(UUID id, String title, UUID circleId, String circle, String status, boolean open,
      boolean adopted, String deadline, String decided, String proposer, RoundModel current,
      List<RoundModel> earlier, Participation participation) {}

  public List<CircleCard> cards(String subject, boolean administrator, Texts t) {
    List<Circle> visible = administrator ? circles.all() : circles.of(subject);
    List<ConsentProposal> proposals = process.visibleTo(subject, administrator);
    return visible.stream().map(c -> new CircleCard(c.id(), c.name(), proposals.stream()
        .filter(p -> p.circle().equals(c.name()) && p.status() == Status.OPEN)
        .map(p -> link(p, t)).toList())).toList();
  }

  public CirclePage circle(Circle circle, String subject, boolean administrator, Texts t) {
    List<Member> members = circles.members(circle.id()).stream()
        .map(s -> new Member(s, administrator ? named(s, subject, t) : name(s, subject, t)))
        .toList();
    List<ConsentProposal> proposals = process.visibleTo(subject, administrator).stream()
        .filter(p -> p.circle().equals(circle.name())).toList();
    List<StatusGroup> groups = new ArrayList<>();
    for (Status status : Status.values()) {
      List<ProposalLink> links = proposals.stream().filter(p -> p.status() == status).map(p -> link(p, t)).toList();
      if (!links.isEmpty()) {
        groups.add(new StatusGroup(t.get("status." + status.name()), links));
      }
    }
    return new CirclePage(circle.id(), circle.name(), members, groups, circles.isMember(circle.id(), subject));
  }

  public ProposalPage proposal(ConsentProposal p, String subject, Texts t) {
    Optional<Circle> circle = circles.byName(p.circle());
    boolean member = circle.map(c -> circles.isMember(c.id(), subject)).orElse(false);
    boolean open = p.status() == Status.OPEN;
    boolean beforeDeadline = Instant.now().isBefore(p.deadline());
    Round current = p.current();
    Optional<Answer> mine = current.answers().stream().filter(a -> a.member().equals(subject)).findFirst();
    long objections = count(current, AnswerKind.OBJECTION);
    boolean proposer = p.proposer().equals(subject);
    Participation participation = new Participation(member,
        mine.map(a -> t.get("answer." + a.kind().name())).orElse(null),
        member && open && beforeDeadline && mine.isEmpty(),
        member && open && proposer && objections > 0,
        member && open && proposer && objections == 0 && count(current, AnswerKind.CONSENT) > 0);
    List<RoundModel> rounds = p.rounds().stream().map(r -> round(r, r == current, subject, t)).toList();
    List<RoundModel> earlier = new ArrayList<>(rounds.subList(0, rounds.size() - 1));
    Collections.reverse(earlier);
    return new ProposalPage(p.id(), p.title(), circle.map(Circle::id).orElse(null), p.circle(),
        t.get("status." + p.status().name()), open, p.status() == Status.ADOPTED,
        open ? at(p.deadline(), t) : null, p.decidedAt() == null ? null : at(p.decidedAt(), t),
        name(p.proposer(), subject, t), rounds.get(rounds.size() - 1), earlier, participation);
  }

  /**
   * The last day to answer, typed as a date: answers are taken until the end of that day on the tenant's clocks.
   * A day before today is refused next to the field.
   */
  public Instant lastDay(Form form, String field) {
    LocalDate day = form.date(field);
    if (day != null && day.isBefore(LocalDate.now(zone()))) {
      form.refuse(field, "deadline.past");
      return null;
    }
    return day == null ? null : day.plusDays(1).atStartOfDay(zone()).toInstant().minusSeconds(1);
  }

  /** The zone of the tenant, for reading the deadline typed as a day. */
  public ZoneId zone() {
    return tenant.require().zone();
  }

  private RoundModel round(Round r, boolean current, String subject, Texts t) {
    List<AnswerLine> answers = r.answers().stream().map(a -> new AnswerLine(name(a.member(), subject, t),
        t.get("answer." + a.kind().name()), lines(a.reason()), a.kind() == AnswerKind.OBJECTION)).toList();
    String tally = t.get("tally", count(r, AnswerKind.CONSENT), count(r, AnswerKind.OBJECTION),
        count(r, AnswerKind.STAND_ASIDE));
    return new RoundModel(r.number(), t.get(current ? "round.current" : "round", r.number()), lines(r.text()),
        lines(r.addresses()), answers, tally, current);
  }

  private ProposalLink link(ConsentProposal p, Texts t) {
    String when = switch (p.status()) {
      case OPEN -> t.get("until", at(p.deadline(), t));
      case ADOPTED -> t.get("adoptedOn", p.decidedAt() == null ? "" : at(p.decidedAt(), t));
      case WITHDRAWN -> t.get("status.WITHDRAWN");
    };
    return new ProposalLink(p.id(), p.title(), when);
  }

  private String at(Instant instant, Texts t) {
    return LocalTimes.dateTime(instant, zone(), t.locale());
  }

  /** For administrators, who may read the directory: the member's name, as they chose them. */
  private String named(String member, String visitor, Texts t) {
    String name;
    try {
      name = people.find(member).map(Person::name).orElseGet(() -> t.get("unknownAccount"));
    } catch (ProblemException unavailable) {
      name = member;
    }
    return member.equals(visitor) ? t.get("you", name) : name;
  }

  private static String name(String member, String visitor, Texts t) {
    return member.equals(visitor) ? t.get("you", member) : member;
  }

  private static long count(Round r, AnswerKind kind) {
    return r.answers().stream().filter(a -> a.kind() == kind).count();
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }
}
