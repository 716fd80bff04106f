package org.parvis.modules.petitions.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.application.PetitionSigning;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/** The view models of the petitions pages, in the page's language and on the tenant's clocks. */
@RequestScoped
public class PetitionPageModels {

  @Inject PetitionReading petitions;
  @Inject PetitionSigning signing;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  /** The state of the signing part of a petition's page for this visitor. */
  public enum Signing { SIGN_IN, VERIFY, SIGNED, SIGN }

  /** Where a petition stands: its status, its counter and, when it has a threshold, the progress towards it. */
  public record Progress(String status, long count, long goal, String counter) {
    public long reached() {
      return Math.min(count, goal);
    }
  }

  /** A petition in the list. */
  public record Card(UUID id, String title, Progress progress) {}

  /**
   * A petition's page; {@code rejection}: moderation's public reason, when it refused the petition; {@code stage}:
   * where it stands ({@link PetitionStatus} name), for the links of those who have work to do on it.
   */
  public record Page(UUID id, String title, Progress progress, boolean open, String closes, List<String> paragraphs,
      String meeting, boolean answered, List<String> answer, String decision, String rejection, String stage,
      Merged merged) {}

  /** The petition a merged one was folded into. */
  public record Merged(UUID id, String title) {}

  public List<Card> cards(Texts t) {
    return petitions.publicPetitions().stream().map(p -> new Card(p.id(), p.title(), progress(p, t))).toList();
  }

  public Page page(Petition p, Texts t) {
    boolean open = p.statusAt(Instant.now()) == PetitionStatus.PUBLISHED;
    String closes = open ? p.closesAt().map(c -> LocalTimes.day(c, tenant.require().zone(), t.locale())).orElse(null)
        : null;
    return new Page(p.id(), p.title(), progress(p, t), open, closes, lines(p.body()),
        p.councilMeetingDate().map(d -> LocalTimes.day(d, t.locale())).orElse(null), p.answer().isPresent(),
        lines(p.answer().orElse("")), p.decision().map(d -> t.get("decision." + d.name())).orElse(null),
        p.rejectionReason().orElse(null), p.status().name(),
        p.mergedInto().map(petitions::visible).map(m -> new Merged(m.id(), m.title())).orElse(null));
  }

  public Signing signing(Petition p) {
    if (caller.subject().isEmpty()) {
      return Signing.SIGN_IN;
    }
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return Signing.VERIFY;
    }
    return signing.hasSigned(p.id(), resident.get()) ? Signing.SIGNED : Signing.SIGN;
  }

  private Progress progress(Petition p, Texts t) {
    long count = petitions.counts(p.id()).signatures();
    String status = t.get("status." + p.statusAt(Instant.now()).name());
    long goal = p.threshold().orElse(0L);
    String counter = goal > 0 ? t.get("signatures", count, goal) : t.get("signaturesNoGoal", count);
    return new Progress(status, count, goal, counter);
  }

  private static List<String> lines(String text) {
    return text.lines().filter(line -> !line.isBlank()).toList();
  }
}
