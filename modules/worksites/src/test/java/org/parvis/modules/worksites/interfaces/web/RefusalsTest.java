package org.parvis.modules.worksites.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;

class RefusalsTest {

  private static final Texts FR = Texts.of("messages.worksites", "fr");
  private static final Texts EN = Texts.of("messages.worksites", "en");

  @Test
  void aRuleOfTheModuleIsToldInTheResidentsLanguageNotWithTheApiDetail() {
    var pledged = ProblemException.conflict("urn:parvis:problem:worksites-already-pledged",
        "Someone already brings this item");
    assertEquals("Impossible : quelqu'un apporte déjà ce matériel.", Refusals.describe(FR, pledged));
    assertEquals("Not possible: someone already brings this item.", Refusals.describe(EN, pledged));
  }

  @Test
  void anInvalidFieldNamesWhatToCorrect() {
    var title = ProblemException.invalidField("urn:parvis:problem:invalid-request", "title", "is blank");
    assertEquals("Impossible : le titre est obligatoire (200 caractères au plus).",
        Refusals.describe(FR, title));
  }

  @Test
  void aRefusedFileAndAnUnknownProblemStillGetATranslatedSentence() {
    var tooLarge = new ProblemException(413, "urn:parvis:problem:payload-too-large", "Too large", "x");
    assertEquals("Not possible: the photo is larger than 10 MB.", Refusals.describe(EN, tooLarge));
    var unknown = ProblemException.conflict("urn:parvis:problem:worksites-rule-of-tomorrow", "x");
    assertEquals("Impossible : cette demande n'a pas pu être prise en compte.",
        Refusals.describe(FR, unknown));
  }
}
