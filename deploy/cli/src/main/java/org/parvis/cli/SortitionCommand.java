package org.parvis.cli;

import picocli.CommandLine.Command;

/** {@code parvis sortition …}: selection by lot. */
@Command(
    name = "sortition",
    mixinStandardHelpOptions = true,
    description = "Selection by lot: probabilities and verifiable draws.",
    subcommands = {})
final class SortitionCommand {}
