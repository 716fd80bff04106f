package org.parvis.sortition;

/**
 * A progress report of a long computation.
 *
 * @param phase what is being done (e.g. "leximin")
 * @param done units (types or people) whose probability is settled
 * @param total all units
 * @param panels panels generated so far
 * @param lowerBound best level proven achievable for the units still open (NaN if unknown)
 * @param upperBound best level proven unreachable for them (NaN if unknown)
 */
public record Progress(
    String phase, int done, int total, int panels, double lowerBound, double upperBound) {}
