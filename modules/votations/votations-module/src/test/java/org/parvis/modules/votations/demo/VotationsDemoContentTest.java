package org.parvis.modules.votations.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VotationsDemoContentTest {

  @Test
  void gradesStayOnTheScaleAndVaryAroundTheUsualOne() {
    for (int usual = 0; usual < 7; usual++) {
      for (int voter = 0; voter < 10; voter++) {
        for (int option = 0; option < 4; option++) {
          int g = VotationsDemoContent.grade(usual, voter, option, 7);
          assertTrue(g >= 0 && g < 7 && Math.abs(g - usual) <= 1, usual + " " + g);
        }
      }
    }
    assertEquals(1, VotationsDemoContent.grade(2, 0, 0, 7));
    assertEquals(2, VotationsDemoContent.grade(2, 1, 0, 7));
    assertEquals(3, VotationsDemoContent.grade(2, 2, 0, 7));
  }

  @Test
  void optionsAreDistinctAndFewEnoughForAPhone() {
    assertEquals(4, VotationsDemoContent.CLOSED_OPTIONS.size());
    assertEquals(4, VotationsDemoContent.OPEN_OPTIONS.size());
  }
}
