package org.parvis.modules.consultations.domain;

/** The kinds of question a questionnaire asks. */
public enum QuestionType {
  /** One option among several. */
  SINGLE_CHOICE,
  /** Several options, between a minimum and a maximum. */
  MULTIPLE_CHOICE,
  /** A whole number from 1 to the question's maximum. */
  SCALE,
  /** Every option ranked, each rank once (1 = preferred). */
  RANKING,
  /** One line of text. */
  SHORT_TEXT,
  /** Several paragraphs of text. */
  LONG_TEXT,
  /** Every option graded on the question's grade scale, counted by majority judgment. */
  GRID,
  /** A point on the map, typed as latitude and longitude. */
  MAP_POINT;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING || this == GRID;
  }

  public boolean isText() {
    return this == SHORT_TEXT || this == LONG_TEXT;
  }
}
