package org.parvis.cli;

import picocli.CommandLine.Command;

/** {@code parvis budget …}: participatory-budget tools. */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    description = "Participatory-budget tools.",
    subcommands = {TallyCommand.class})
final class BudgetCommand {}
