package org.parvis.modules.council.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.AdoptionResult;
import org.parvis.modules.council.domain.CollegeTally;
import org.parvis.modules.council.domain.CouncilContribution;

/**
 * A contribution with its drafting record (sections, comments, amendments), its named votes and,
 * once the vote is open, its result under the rule it was opened with.
 */
public record ContributionView(UUID id, UUID referralId, String title, UUID penHolder, String status,
    List<SectionView> sections, List<CommentView> comments, List<AmendmentView> amendments,
    List<VoteView> votes, ResultView result, String publishedAt, String sentAt,
    String response, String responseChanges) {

  public record SectionView(UUID id, int position, String heading, String text) {}

  public record CommentView(UUID id, UUID section, UUID author, String text) {}

  public record AmendmentView(UUID id, UUID section, UUID author, String text, String reason, String status) {}

  public record VoteView(UUID member, UUID college, String choice) {}

  public record TallyView(UUID college, String name, int yes, int no, int neutral, boolean passed) {
    static TallyView of(CollegeTally t) {
      return new TallyView(t.college(), t.name(), t.yes(), t.no(), t.neutral(), t.passed());
    }
  }

  /** The count; {@code adopted} is what the rule gives for the votes cast so far. */
  public record ResultView(String method, String scope, int majorityPercent, boolean adopted,
      TallyView overall, List<TallyView> colleges) {}

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  static ContributionView of(CouncilContribution c, AdoptionResult result) {
    ResultView resultView = result == null ? null : new ResultView(c.rule().method().name(),
        c.rule().scope().name(), c.rule().thresholdPercent(), result.adopted(),
        TallyView.of(result.overall()), result.colleges().stream().map(TallyView::of).toList());
    return new ContributionView(c.id(), c.referralId(), c.title(), c.penHolderId(), c.status().name(),
        c.sections().stream().map(s -> new SectionView(s.id(), s.position(), s.heading(), s.text())).toList(),
        c.comments().stream().map(k -> new CommentView(k.id(), k.sectionId(), k.authorId(), k.text())).toList(),
        c.amendments().stream().map(a -> new AmendmentView(a.id(), a.sectionId(), a.authorId(),
            a.proposedText(), a.reason(), a.status().name())).toList(),
        c.votes().stream().map(v -> new VoteView(v.memberId(), v.collegeId(), v.choice().name())).toList(),
        resultView, text(c.publishedAt()), text(c.sentAt()), c.responseText(), c.responseChanges());
  }
}
