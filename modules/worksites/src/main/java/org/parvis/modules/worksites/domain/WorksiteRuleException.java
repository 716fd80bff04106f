package org.parvis.modules.worksites.domain;

/** A rule of the worksites domain refused an action; {@link #code()} names the rule. */
public class WorksiteRuleException extends RuntimeException {

  private final String code;

  public WorksiteRuleException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A stable, lower-case hyphenated name of the rule, e.g. {@code shift-started}. */
  public String code() {
    return code;
  }
}
