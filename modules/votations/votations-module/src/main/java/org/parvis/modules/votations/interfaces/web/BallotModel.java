package org.parvis.modules.votations.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Form;

/**
 * A votation's ballot as its page shows it: a fieldset per option with a radio per grade for majority judgment,
 * one fieldset of checkboxes for approval or of radios for a single choice; what the voter chose is kept.
 */
public record BallotModel(State state, String instructions, List<Group> groups) {

  /** What the visitor can do on an open votation. */
  public enum State { SIGN_IN, VERIFY, VOTED, BALLOT }

  /** One fieldset of the ballot. */
  public record Group(String name, String legend, List<Choice> choices) {}

  /** One input of the ballot. */
  public record Choice(String type, boolean required, String name, String id, String value, String label,
      boolean checked) {}

  public static BallotModel without(State state) {
    return new BallotModel(state, null, List.of());
  }

  public static BallotModel of(Votation v, Form form, Texts t) {
    List<Group> groups = new ArrayList<>();
    switch (v.method()) {
      case MAJORITY_JUDGMENT -> {
        List<String> grades = v.gradeScale().orElseThrow().labelsBestFirst();
        for (VotationOption option : v.options()) {
          String name = "grade-" + option.id();
          List<Choice> choices = new ArrayList<>();
          for (int g = 0; g < grades.size(); g++) {
            choices.add(new Choice("radio", true, name, "g-" + option.position() + "-" + g, grades.get(g),
                grades.get(g), form.typed(name).equals(grades.get(g))));
          }
          groups.add(new Group(name, option.label(), choices));
        }
      }
      case APPROVAL -> groups.add(new Group("approved", v.question(), v.options().stream()
          .map(o -> new Choice("checkbox", false, "approved", "o-" + o.position(), o.id().toString(), o.label(),
              form.values("approved").contains(o.id().toString())))
          .toList()));
      case SINGLE_CHOICE -> groups.add(new Group("choice", v.question(), v.options().stream()
          .map(o -> new Choice("radio", true, "choice", "o-" + o.position(), o.id().toString(), o.label(),
              form.typed("choice").equals(o.id().toString())))
          .toList()));
    }
    return new BallotModel(State.BALLOT, t.get("method." + v.method().name()), groups);
  }
}
