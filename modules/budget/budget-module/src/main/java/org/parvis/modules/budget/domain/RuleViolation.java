package org.parvis.modules.budget.domain;

/**
 * A ballot that breaks one of its edition's rules. {@code rule} is a stable name clients can
 * rely on (e.g. {@code approval-maximum}); {@code detail} says it in plain English.
 */
public record RuleViolation(String rule, String detail) {}
