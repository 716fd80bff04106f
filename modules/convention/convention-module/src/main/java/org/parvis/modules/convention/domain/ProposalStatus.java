package org.parvis.modules.convention.domain;

/** A proposal is drafted by members, put to the members' vote, then adopted or rejected. */
public enum ProposalStatus { DRAFT, VOTING, ADOPTED, REJECTED }
