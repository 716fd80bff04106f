package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.council.domain.ActivityReport;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.ContributionRepository;
import org.parvis.modules.council.domain.CouncilMeeting;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilReferral;
import org.parvis.modules.council.domain.MeetingRepository;
import org.parvis.modules.council.domain.MemberRepository;
import org.parvis.modules.council.domain.ReferralRepository;

/** Gathers the year's facts and computes the activity report from them. */
@ApplicationScoped
@Transactional
public class ActivityReporting {

  @Inject CouncilContext context;
  @Inject MemberRepository members;
  @Inject MeetingRepository meetings;
  @Inject ReferralRepository referrals;
  @Inject ContributionRepository contributions;
  @Inject MeetingDesk meetingDesk;

  public ActivityReport report(int year) {
    Council council = context.council();
    Map<UUID, String> colleges = new LinkedHashMap<>();
    council.colleges().forEach(c -> colleges.put(c.id(), c.name()));
    List<CouncilMember> all = members.all();
    Map<UUID, UUID> collegeOf = all.stream().collect(Collectors.toMap(CouncilMember::id, CouncilMember::collegeId));
    List<ActivityReport.MeetingFact> meetingFacts = meetings.all().stream()
        .map(m -> new ActivityReport.MeetingFact(day(m.startsAt()), m.groupId() == null,
            m.stage() == CouncilMeeting.Stage.CONCLUDED,
            meetingDesk.expected(m).stream().map(CouncilMember::id).toList(), m.present()))
        .toList();
    List<ActivityReport.ReferralFact> referralFacts = referrals.all().stream()
        .map(r -> new ActivityReport.ReferralFact(day(r.receivedAt()),
            r.origin() == CouncilReferral.Origin.SELF,
            r.status() == CouncilReferral.Status.OPEN || r.status() == CouncilReferral.Status.ANSWERED))
        .toList();
    List<ActivityReport.ContributionFact> contributionFacts = contributions.all().stream()
        .map(c -> new ActivityReport.ContributionFact(c.title(), c.status().name(), day(c.decidedAt()),
            c.adopted(), day(c.sentAt()), day(c.answeredAt()), c.responseChanges()))
        .toList();
    return ActivityReport.of(year, colleges, collegeOf, meetingFacts, referralFacts, contributionFacts);
  }

  public String councilName() {
    return context.council().name();
  }

  private LocalDate day(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, context.zone());
  }
}
