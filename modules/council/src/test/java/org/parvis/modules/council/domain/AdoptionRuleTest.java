package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdoptionRuleTest {

  private final AdoptionRule.CollegeRef economy = new AdoptionRule.CollegeRef(UUID.randomUUID(), "Acteurs économiques");
  private final AdoptionRule.CollegeRef citizens = new AdoptionRule.CollegeRef(UUID.randomUUID(), "Citoyens");
  private final List<AdoptionRule.CollegeRef> colleges = List.of(economy, citizens);

  private static List<Ballot> ballots(AdoptionRule.CollegeRef college, VoteChoice choice, int count) {
    List<Ballot> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new Ballot(UUID.randomUUID(), college.id(), choice));
    }
    return list;
  }

  private static List<Ballot> all(List<List<Ballot>> parts) {
    return parts.stream().flatMap(List::stream).toList();
  }

  @Test
  void oneObjectionBlocksAnOverallConsent() {
    var rule = AdoptionRule.consent(AdoptionScope.OVERALL);
    var votes = all(List.of(ballots(economy, VoteChoice.CONSENT, 5), ballots(citizens, VoteChoice.OBJECTION, 1)));
    var result = rule.tally(votes, colleges);
    assertFalse(result.adopted());
    assertEquals(5, result.overall().yes());
    assertEquals(1, result.overall().no());
  }

  @Test
  void standingAsideDoesNotBlockConsentButSomeoneMustConsent() {
    var rule = AdoptionRule.consent(AdoptionScope.OVERALL);
    assertTrue(rule.tally(all(List.of(ballots(economy, VoteChoice.CONSENT, 1),
        ballots(citizens, VoteChoice.STAND_ASIDE, 3))), colleges).adopted());
    assertFalse(rule.tally(ballots(citizens, VoteChoice.STAND_ASIDE, 3), colleges).adopted());
  }

  @Test
  void consentPerCollegeNeedsEveryVotingCollegeToConsent() {
    var rule = AdoptionRule.consent(AdoptionScope.PER_COLLEGE);
    var onlyEconomy = ballots(economy, VoteChoice.CONSENT, 4);
    var result = rule.tally(onlyEconomy, colleges);
    assertFalse(result.adopted(), "the citizens' college has not consented");
    assertEquals(2, result.colleges().size());
    assertTrue(result.colleges().get(0).passed());
    assertFalse(result.colleges().get(1).passed());

    var both = all(List.of(onlyEconomy, ballots(citizens, VoteChoice.CONSENT, 1)));
    assertTrue(rule.tally(both, colleges).adopted());
  }

  @Test
  void simpleMajorityOverallIgnoresAbstentionsAndNeedsMoreThanHalf() {
    var rule = AdoptionRule.majority(AdoptionScope.OVERALL, 50);
    var tie = all(List.of(ballots(economy, VoteChoice.FOR, 3), ballots(citizens, VoteChoice.AGAINST, 3),
        ballots(citizens, VoteChoice.ABSTAIN, 10)));
    assertFalse(rule.tally(tie, colleges).adopted(), "a tie is not a majority");
    var oneMore = all(List.of(tie, ballots(citizens, VoteChoice.FOR, 1)));
    var result = rule.tally(oneMore, colleges);
    assertTrue(result.adopted());
    assertEquals(10, result.overall().neutral());
  }

  @Test
  void aLargeCollegeCannotOutvoteASmallOneUnderAPerCollegeMajority() {
    var overall = AdoptionRule.majority(AdoptionScope.OVERALL, 50);
    var perCollege = AdoptionRule.majority(AdoptionScope.PER_COLLEGE, 50);
    var votes = all(List.of(ballots(economy, VoteChoice.FOR, 10), ballots(citizens, VoteChoice.FOR, 1),
        ballots(citizens, VoteChoice.AGAINST, 2)));
    assertTrue(overall.tally(votes, colleges).adopted());
    var result = perCollege.tally(votes, colleges);
    assertFalse(result.adopted());
    assertEquals(1, result.colleges().get(1).yes());
    assertEquals(2, result.colleges().get(1).no());
  }

  @Test
  void aTwoThirdsThresholdNeedsMoreThanTwoThirds() {
    var rule = AdoptionRule.majority(AdoptionScope.OVERALL, 66);
    assertFalse(rule.tally(all(List.of(ballots(economy, VoteChoice.FOR, 65),
        ballots(economy, VoteChoice.AGAINST, 35))), colleges).adopted());
    assertTrue(rule.tally(all(List.of(ballots(economy, VoteChoice.FOR, 67),
        ballots(economy, VoteChoice.AGAINST, 33))), colleges).adopted());
  }

  @Test
  void ballotsFromCollegesThatDoNotVoteAreNotCounted() {
    var rule = AdoptionRule.majority(AdoptionScope.OVERALL, 50);
    var observers = new AdoptionRule.CollegeRef(UUID.randomUUID(), "Élus observateurs");
    var votes = all(List.of(ballots(economy, VoteChoice.FOR, 1), ballots(observers, VoteChoice.AGAINST, 5)));
    assertTrue(rule.tally(votes, colleges).adopted());
  }

  @Test
  void answersMustMatchTheMethodAndThresholdsStayInRange() {
    assertTrue(AdoptionRule.consent(AdoptionScope.OVERALL).accepts(VoteChoice.OBJECTION));
    assertFalse(AdoptionRule.consent(AdoptionScope.OVERALL).accepts(VoteChoice.FOR));
    assertFalse(AdoptionRule.majority(AdoptionScope.OVERALL, 50).accepts(VoteChoice.CONSENT));
    assertThrows(CouncilException.class, () -> AdoptionRule.majority(AdoptionScope.OVERALL, 40));
  }
}
