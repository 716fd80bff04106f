package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionRepository;
import org.parvis.modules.convention.domain.ConventionStateException;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.Invitation;
import org.parvis.modules.convention.domain.MembersRepository;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.modules.convention.domain.Volunteer;

/** Administrators set a convention up, open recruitment, print invitation codes, end it. */
@ApplicationScoped
@Transactional
public class ConventionAdministration {

  @Inject ConventionRepository conventions;
  @Inject DrawComputations computations;
  @Inject MembersRepository members;

  /** What an administrator states about a convention (the quota plan already built). */
  public record Setup(String title, String mandate, int panelSize, QuotaPlan quotas,
      boolean openToAll, LocalDate recruitmentOpens, LocalDate recruitmentCloses,
      LocalDate drawDate, Integer lotterySize) {}

  public Convention create(Setup setup) {
    Convention convention;
    try {
      convention = new Convention(setup.title(), setup.mandate(), setup.panelSize(),
          setup.quotas(), setup.openToAll());
      apply(convention, setup);
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("quotas", e);
    }
    conventions.add(convention);
    return convention;
  }

  public Convention update(UUID id, Setup setup) {
    Convention convention = require(id);
    try {
      convention.describe(setup.title(), setup.mandate(), setup.openToAll());
      convention.resize(setup.panelSize(), setup.quotas());
      apply(convention, setup);
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("quotas", e);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    return convention;
  }

  private static void apply(Convention convention, Setup setup) {
    convention.schedule(setup.recruitmentOpens(), setup.recruitmentCloses(), setup.drawDate());
    if (setup.lotterySize() != null && setup.lotterySize() != convention.lotterySize()) {
      convention.setLotterySize(setup.lotterySize());
    }
  }

  public Convention openRecruitment(UUID id) {
    Convention convention = require(id);
    try {
      convention.openRecruitment();
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    return convention;
  }

  /** New one-time codes for invitation letters; returned once, only their hashes are kept. */
  public List<String> invitationCodes(UUID id, int count) {
    Convention convention = require(id);
    try {
      convention.requireStatus(ConventionStatus.DRAFT, ConventionStatus.RECRUITING);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    List<String> codes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String code = Secrets.invitationCode();
      conventions.add(new Invitation(id, Secrets.codeHash(code)));
      codes.add(code);
    }
    return codes;
  }

  public List<Convention> all() {
    return conventions.all();
  }

  public Convention require(UUID id) {
    return conventions.lockById(id).orElseThrow(() -> ConventionProblems.notFound(id));
  }

  public List<Volunteer> volunteers(UUID id) {
    require(id);
    return conventions.volunteers(id);
  }

  /**
   * Ends the mandate and erases every volunteer's personal data: names, address, identity hash,
   * account link and withdrawal secret, and the members' individual votes (the proposals keep
   * their counts). Numbers and answers stay: every remaining volunteer is in the published
   * {@code pool.csv}, whose hash the public record covers.
   */
  public Convention end(UUID id) {
    Convention convention = require(id);
    try {
      convention.end();
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    conventions.volunteers(id).forEach(Volunteer::erasePersonalData);
    members.forgetVotes(id);
    computations.forget(id);
    return convention;
  }
}
