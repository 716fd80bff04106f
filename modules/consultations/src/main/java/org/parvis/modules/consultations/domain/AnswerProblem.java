package org.parvis.modules.consultations.domain;

/**
 * Why one answer is refused: {@code question} is its id, {@code code} the rule broken ({@code required},
 * {@code unknown-option}, {@code too-few}, {@code too-many}, {@code out-of-range}, {@code incomplete-ranking},
 * {@code ungraded}, {@code too-long}, {@code not-shown}), {@code limit} the number the rule speaks of, if any.
 */
public record AnswerProblem(String question, String code, int limit) {}
