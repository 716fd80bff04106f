package org.parvis.modules.convention.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The panel's working space: sessions, proposals and the members' votes. */
public interface MembersRepository {

  void add(Session session);

  List<Session> sessions(UUID conventionId);

  Optional<Session> session(UUID conventionId, UUID sessionId);

  void add(SessionDocument document);

  /** Documents of the convention's sessions, in the order they were added. */
  List<SessionDocument> documents(UUID conventionId);

  void add(Proposal proposal);

  Optional<Proposal> lockProposal(UUID conventionId, UUID proposalId);

  List<Proposal> proposals(UUID conventionId);

  Optional<ProposalVote> vote(UUID proposalId, UUID volunteerId);

  void add(ProposalVote vote);

  long approvals(UUID proposalId);

  /** How many members gave each grade to a proposal, indexed by {@link Grade#ordinal()}. */
  long[] grades(UUID proposalId);

  /** Deletes the members' individual votes on the convention's proposals (the counts stay). */
  void forgetVotes(UUID conventionId);
}
