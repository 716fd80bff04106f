/**
 * The participatory budget's model: editions (calendar, ballot rules, allocation rule), their
 * envelopes, ideas and their review, ballots, and the repository interfaces. No framework code
 * beyond JPA mapping annotations; the ballot rules are checked here, purely.
 */
package org.parvis.modules.budget.domain;
