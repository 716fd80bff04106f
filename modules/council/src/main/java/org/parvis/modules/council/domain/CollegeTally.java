package org.parvis.modules.council.domain;

import java.util.UUID;

/**
 * The count of one group of voters (a college, or everybody when {@code college} is null).
 * {@code yes} counts consents or votes for, {@code no} objections or votes against, {@code neutral}
 * stand-asides or abstentions.
 */
public record CollegeTally(UUID college, String name, int yes, int no, int neutral, boolean passed) {}
