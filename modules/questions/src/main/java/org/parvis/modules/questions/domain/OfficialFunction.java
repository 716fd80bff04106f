package org.parvis.modules.questions.domain;

/** The office an elected official holds in the municipal council. */
public enum OfficialFunction {
  MAYOR,
  DEPUTY_MAYOR,
  COUNCILLOR
}
