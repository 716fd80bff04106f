package org.parvis.modules.convention.domain;

/** How the seated members vote on a proposal. */
public enum VotingMethod {
  /** Each member approves or not; adopted when the approvals reach a share of the seats. */
  APPROVAL,
  /**
   * Each member grades the proposal; adopted when its majority grade reaches the minimum grade
   * set when the vote opened (members who did not vote count as "reject").
   */
  MAJORITY_JUDGMENT
}
