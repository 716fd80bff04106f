/**
 * Use cases, one transaction each: administering editions, the idea box (submission, support,
 * moderation, review, merge), the ballot box (online and paper ballots), results and the
 * Pabulib export. Problems are raised here as {@code ProblemException}s.
 */
package org.parvis.modules.budget.application;
