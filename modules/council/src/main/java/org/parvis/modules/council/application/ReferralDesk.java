package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilReferral;
import org.parvis.modules.council.domain.ReferralRepository;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.files.StoredFile;

/** Questions put to the council: referrals received, self-referrals proposed and decided. */
@ApplicationScoped
@Transactional
public class ReferralDesk {

  @Inject CouncilContext context;
  @Inject ReferralRepository referrals;
  @Inject Attachments attachments;

  /** The secretariat records a referral from the intercommunality. */
  public ReferralView receive(String title, String question, LocalDate deadline) {
    context.council();
    CouncilReferral referral = context.step(() ->
        CouncilReferral.received(title, question, deadline, context.today(), context.now()));
    referrals.add(referral);
    return ReferralView.of(referral);
  }

  /**
   * The secretariat records a referral with its document in one step: a refused document (too
   * large, not a PDF or image) records no referral either.
   */
  public ReferralView receive(String title, String question, LocalDate deadline, String filename,
      byte[] document) {
    context.council();
    StoredFile file = attachments.store(CouncilModule.ID, filename, document);
    CouncilReferral referral = context.step(() ->
        CouncilReferral.received(title, question, deadline, context.today(), context.now()));
    context.step(() -> referral.attach(file.id()));
    referrals.add(referral);
    return ReferralView.of(referral);
  }

  /** A sitting member proposes a self-referral, which the bureau then decides on. */
  public ReferralView propose(String title, String question, LocalDate deadline) {
    CouncilMember member = context.sittingCaller();
    CouncilReferral referral = context.step(() ->
        CouncilReferral.proposedBy(member, title, question, deadline, context.today(), context.now()));
    referrals.add(referral);
    return ReferralView.of(referral);
  }

  public ReferralView decide(UUID id, boolean accept) {
    CouncilMember member = context.sittingCaller();
    CouncilReferral referral = locked(id);
    context.step(() -> referral.decide(member, accept));
    return ReferralView.of(referral);
  }

  /** Stores a document (PDF or image) and attaches it to the referral. */
  public StoredFile attach(UUID id, String filename, byte[] content) {
    CouncilReferral referral = locked(id);
    StoredFile file = attachments.store(CouncilModule.ID, filename, content);
    context.step(() -> referral.attach(file.id()));
    return file;
  }

  public List<ReferralView> all() {
    return referrals.all().stream().map(ReferralView::of).toList();
  }

  public ReferralView get(UUID id) {
    return ReferralView.of(referrals.find(id).orElseThrow(() -> context.notFound("referral")));
  }

  private CouncilReferral locked(UUID id) {
    return referrals.lock(id).orElseThrow(() -> context.notFound("referral"));
  }
}
