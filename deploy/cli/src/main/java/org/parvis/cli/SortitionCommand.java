package org.parvis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parvis sortition …}: selection by lot. */
@Command(
    name = "sortition",
    mixinStandardHelpOptions = true,
    description = "Selection by lot: probabilities and verifiable draws.",
    subcommands = {SortitionProbabilitiesCommand.class, SortitionDrawCommand.class,
        SortitionGenerateCommand.class})
final class SortitionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }
}
