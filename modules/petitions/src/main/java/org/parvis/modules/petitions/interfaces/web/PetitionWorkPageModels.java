package org.parvis.modules.petitions.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * The view models of the pages where petitions are worked on — drafting and co-signing, the moderation queue, paper
 * signatures and the council's referral — in the page's language.
 */
@RequestScoped
public class PetitionWorkPageModels {

  /** How many lines a paper batch form offers. */
  public static final int PAPER_LINES = 10;

  @Inject PetitionReading petitions;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  /** One of the resident's own petitions, with where it stands and the page to follow it on. */
  public record Mine(UUID id, String title, String status, String href) {}

  /** A draft as its author or an invited co-signer sees it. */
  public record Draft(UUID id, String title, List<String> paragraphs, String cosigners, boolean author,
      boolean cosigned, String link) {}

  /** A petition awaiting moderation; {@code reasonField}: the name of its rejection reason's field. */
  public record Submitted(UUID id, String title, List<String> paragraphs, String created, String cosigners,
      String reasonField, String intoField) {}

  /** A petition open for signatures, into which a submitted one may be merged. */
  public record Target(String id, String title) {}

  /** A public petition in the staff's list, with the work it calls for. */
  public record Row(UUID id, String title, String status, String online, String paper, boolean paperOpen,
      boolean council) {}

  /** One line of the paper batch form: its number and the names of its three fields. */
  public record PaperLine(int number, String lastName, String firstNames, String birthDate) {}

  /** A petition's facts on the staff's pages. */
  public record Facts(UUID id, String title, String status, String counter, String online, String paper,
      String closes, String meeting, String answered) {}

  /** A choice of the council's decision. */
  public record Decision(String value, String id, String label) {}

  public List<Mine> mine(UUID resident, Texts t) {
    return petitions.writtenBy(resident).stream().map(p -> new Mine(p.id(), p.title(), status(p, t),
        p.status() == PetitionStatus.DRAFT ? "/petitions/drafts/" + p.id() : "/petitions/" + p.id())).toList();
  }

  public Draft draft(Petition p, String link, Texts t) {
    UUID resident = caller.verifiedResidentId().orElse(null);
    boolean author = p.authorResidentId().equals(resident);
    boolean cosigned = resident != null && !author && petitions.isCosigner(p.id(), resident);
    return new Draft(p.id(), p.title(), lines(p.body()), t.get("draft.cosigners", petitions.counts(p.id()).cosigners()),
        author, cosigned, link);
  }

  public List<Submitted> queue(Texts t) {
    return petitions.awaitingModeration().stream().map(p -> new Submitted(p.id(), p.title(), lines(p.body()),
        LocalTimes.day(p.createdAt(), tenant.require().zone(), t.locale()),
        t.get("draft.cosigners", petitions.counts(p.id()).cosigners()), reasonField(p.id()), intoField(p.id())))
        .toList();
  }

  public List<Target> targets() {
    return petitions.openForSignatures().stream().map(p -> new Target(p.id().toString(), p.title())).toList();
  }

  /** The field of the petition a submitted one is merged into. */
  public static String intoField(UUID id) {
    return "into-" + id;
  }

  /** The field of a petition's rejection reason: one per petition, so that a refusal points at the right one. */
  public static String reasonField(UUID id) {
    return "reason-" + id;
  }

  public List<Row> rows(boolean paperAccepted, Texts t) {
    Instant now = Instant.now();
    return petitions.publicPetitions().stream().map(p -> {
      var counts = petitions.counts(p.id());
      return new Row(p.id(), p.title(), status(p, t), t.get("admin.online", counts.online()),
          t.get("admin.paper", counts.paper()), paperAccepted && p.isOpenForSignatures(now),
          p.status() == PetitionStatus.REFERRED || p.status() == PetitionStatus.ANSWERED);
    }).toList();
  }

  public Facts facts(Petition p, Texts t) {
    var counts = petitions.counts(p.id());
    long goal = p.threshold().orElse(0L);
    return new Facts(p.id(), p.title(), status(p, t),
        goal > 0 ? t.get("signatures", counts.signatures(), goal) : t.get("signaturesNoGoal", counts.signatures()),
        t.get("admin.online", counts.online()), t.get("admin.paper", counts.paper()),
        p.status() != PetitionStatus.PUBLISHED ? null
            : p.closesAt().map(c -> LocalTimes.day(c, tenant.require().zone(), t.locale())).orElse(null),
        p.councilMeetingDate().map(d -> LocalTimes.day(d, t.locale())).orElse(null),
        p.status() == PetitionStatus.ANSWERED ? p.decision().map(d -> t.get("decision." + d.name())).orElse("")
            : null);
  }

  public static List<PaperLine> paperLines() {
    List<PaperLine> lines = new ArrayList<>();
    for (int i = 1; i <= PAPER_LINES; i++) {
      lines.add(new PaperLine(i, "lastName-" + i, "firstNames-" + i, "birthDate-" + i));
    }
    return lines;
  }

  public static List<Decision> decisions(Texts t) {
    List<Decision> decisions = new ArrayList<>();
    for (CouncilDecision d : CouncilDecision.values()) {
      decisions.add(new Decision(d.name(), "decision-" + d.name(), t.get("council.decision." + d.name())));
    }
    return decisions;
  }

  private static String status(Petition p, Texts t) {
    return t.get("status." + p.statusAt(Instant.now()).name());
  }

  static List<String> lines(String text) {
    return text.lines().filter(line -> !line.isBlank()).toList();
  }
}
