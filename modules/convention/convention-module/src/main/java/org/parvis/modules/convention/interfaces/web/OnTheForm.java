package org.parvis.modules.convention.interfaces.web;

import java.util.function.Supplier;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

/**
 * The convention's volunteer and administration forms answer a domain refusal — a step the convention's status does
 * not allow yet, a duplicate volunteer, quotas that cannot fill the panel — with the same page again and 422, the
 * message next to the form, as they always have: the refusal becomes one of the form's errors. Problems that are not
 * about the form (not signed in, no such convention) go on.
 */
final class OnTheForm {

  private OnTheForm() {}

  static <T> T run(Form form, Supplier<T> action) {
    try {
      return action.get();
    } catch (ProblemException refused) {
      if (refused.status() == 401 || refused.status() == 404) {
        throw refused;
      }
      form.refuse(refused);
      form.requireValid();
      throw refused;
    }
  }

  static void run(Form form, Runnable action) {
    run(form, () -> {
      action.run();
      return null;
    });
  }
}
