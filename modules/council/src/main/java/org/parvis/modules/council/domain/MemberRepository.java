package org.parvis.modules.council.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Members, the volunteer pool and the record of draws. */
public interface MemberRepository {
  Optional<CouncilMember> find(UUID id);

  /** Every mandate the account has held, latest first. */
  List<CouncilMember> bySubject(String subject);

  List<CouncilMember> all();

  void add(CouncilMember member);

  List<CouncilCandidate> candidates();

  Optional<CouncilCandidate> candidateBySubject(String subject);

  void add(CouncilCandidate candidate);

  void remove(CouncilCandidate candidate);

  void add(CouncilDraw draw);

  Optional<CouncilDraw> draw(UUID id);
}
