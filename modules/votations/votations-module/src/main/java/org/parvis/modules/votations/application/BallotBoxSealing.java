package org.parvis.modules.votations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationRepository;

/**
 * Seals a closed votation's ballot box: every ballot is rewritten in one transaction, shuffled and
 * with a new random id. Inside PostgreSQL a ballot then shares neither the transaction id ({@code
 * xmin}) nor the physical neighbourhood of its voter's "has voted" row, so even someone reading
 * the database (or a backup taken after the close) cannot pair them. Joins the caller's
 * transaction; runs once per votation.
 */
@ApplicationScoped
public class BallotBoxSealing {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject VotationRepository votations;

  @Transactional(Transactional.TxType.MANDATORY)
  public void sealIfClosed(UUID votationId) {
    Instant now = Clock.systemUTC().instant();
    Votation votation = votations.lockById(votationId).orElseThrow();
    if (!votation.needsSealing(now)) {
      return;
    }
    List<String> contents = new ArrayList<>(votations.ballotContents(votationId));
    Collections.shuffle(contents, RANDOM);
    votations.replaceBallots(votationId, contents);
    votation.ballotsSealed(now);
  }
}
