package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.ContributionRepository;
import org.parvis.modules.council.domain.CouncilContribution;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilReferral;
import org.parvis.modules.council.domain.ReferralRepository;
import org.parvis.modules.council.domain.VoteChoice;

/**
 * Use cases of contributions. Drafting and voting are done by sitting members as themselves;
 * publishing, sending and recording the official response by the secretariat. Each change locks
 * the contribution so that concurrent votes and amendments do not race.
 */
@ApplicationScoped
@Transactional
public class ContributionDesk {

  @Inject CouncilContext context;
  @Inject ContributionRepository contributions;
  @Inject ReferralRepository referrals;

  public ContributionView open(String title, UUID referralId) {
    context.council();
    CouncilMember me = context.sittingCaller();
    CouncilReferral referral = referralId == null ? null
        : referrals.find(referralId).orElseThrow(() -> context.notFound("referral"));
    CouncilContribution contribution = context.step(() ->
        new CouncilContribution(title, referral, me, context.today(), context.now()));
    contributions.add(contribution);
    return view(contribution);
  }

  public ContributionView addSection(UUID id, String heading, String text) {
    return asMember(id, (c, me) -> c.addSection(me, heading, text, context.today()));
  }

  public ContributionView rewriteSection(UUID id, UUID section, String text) {
    return asMember(id, (c, me) -> c.rewriteSection(me, section, text, context.today()));
  }

  public ContributionView comment(UUID id, UUID section, String text) {
    return asMember(id, (c, me) -> c.comment(me, section, text, context.today(), context.now()));
  }

  public ContributionView amend(UUID id, UUID section, String text, String reason) {
    return asMember(id, (c, me) -> c.proposeAmendment(me, section, text, reason, context.today(), context.now()));
  }

  public ContributionView decideAmendment(UUID id, UUID amendment, boolean accept) {
    return asMember(id, (c, me) -> c.decideAmendment(me, amendment, accept, context.today()));
  }

  public ContributionView openVote(UUID id) {
    Council council = context.council();
    return asMember(id, (c, me) -> c.openVote(me, council, context.today()));
  }

  public ContributionView vote(UUID id, VoteChoice choice) {
    return asMember(id, (c, me) -> c.vote(me, choice, context.today(), context.now()));
  }

  public ContributionView closeVote(UUID id) {
    Council council = context.council();
    return asMember(id, (c, me) -> c.closeVote(me, council, context.today(), context.now()));
  }

  public ContributionView publish(UUID id) {
    CouncilContribution c = locked(id);
    context.step(() -> c.publish(context.now()));
    return view(c);
  }

  public ContributionView markSent(UUID id) {
    CouncilContribution c = locked(id);
    CouncilReferral referral = c.referralId() == null ? null : referrals.lock(c.referralId()).orElse(null);
    context.step(() -> c.markSent(referral, context.now()));
    return view(c);
  }

  public ContributionView recordResponse(UUID id, String response, String changes) {
    CouncilContribution c = locked(id);
    context.step(() -> c.recordResponse(response, changes, context.now()));
    return view(c);
  }

  /**
   * Every contribution with its stage, for the secretariat's page (the tenant role is checked by
   * the page, as by the API's publishing steps).
   */
  public List<ContributionView> forSecretariat() {
    return contributions.all().stream().map(this::view).toList();
  }

  /** Contributions members can see: all of them, drafts included. */
  public List<ContributionView> forMembers() {
    context.sittingCaller();
    return contributions.all().stream().map(this::view).toList();
  }

  public ContributionView forMember(UUID id) {
    context.sittingCaller();
    return view(find(id));
  }

  /** What the public sees: published contributions with their vote result and response. */
  public List<ContributionView> published() {
    return contributions.all().stream().filter(c -> c.publishedAt() != null).map(this::view).toList();
  }

  public ContributionView publishedOne(UUID id) {
    CouncilContribution c = find(id);
    if (c.publishedAt() == null) {
      throw context.notFound("publishedContribution");
    }
    return view(c);
  }

  private ContributionView asMember(UUID id, BiConsumer<CouncilContribution, CouncilMember> change) {
    CouncilMember me = context.sittingCaller();
    CouncilContribution c = locked(id);
    context.step(() -> change.accept(c, me));
    return view(c);
  }

  private ContributionView view(CouncilContribution c) {
    return ContributionView.of(c, c.rule() == null ? null : c.result(context.council()));
  }

  private CouncilContribution find(UUID id) {
    return contributions.find(id).orElseThrow(() -> context.notFound("contribution"));
  }

  private CouncilContribution locked(UUID id) {
    return contributions.lock(id).orElseThrow(() -> context.notFound("contribution"));
  }
}
