package org.parvis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parvis} command: tools anyone can run to re-check a published result. */
@Command(
    name = "parvis",
    mixinStandardHelpOptions = true,
    versionProvider = ParvisVersion.class,
    description = "Re-check Parvis results: participatory-budget tallies and draws by lot.",
    subcommands = {BudgetCommand.class, SortitionCommand.class})
public final class ParvisCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ParvisCommand()).execute(args));
  }
}
