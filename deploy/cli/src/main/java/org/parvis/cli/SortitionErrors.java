package org.parvis.cli;

import java.util.concurrent.Callable;
import org.parvis.sortition.InfeasibleQuotasException;
import picocli.CommandLine.Model.CommandSpec;

/** Turns input errors into a message on stderr and exit code 2 instead of a stack trace. */
final class SortitionErrors {
  private SortitionErrors() {}

  static Integer guard(CommandSpec spec, Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (InfeasibleQuotasException | IllegalArgumentException | java.io.IOException e) {
      String message = e instanceof java.nio.file.NoSuchFileException
          ? "no such file: " + e.getMessage() : e.getMessage();
      spec.commandLine().getErr().println("parvis sortition: " + message);
      spec.commandLine().getErr().flush();
      return 2;
    }
  }
}
