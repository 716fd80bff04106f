/**
 * Aggregates and rules of the council: the council and its charter ({@link
 * org.parvis.modules.council.domain.Council}), members, referrals, working groups, meetings and
 * contributions. No JPA query and no HTTP here; rules that decide (adoption, seats, the activity
 * report) are pure and unit-tested.
 */
package org.parvis.modules.council.domain;
