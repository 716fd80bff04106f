package org.parvis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parvis.budget.rules.AllocationRule;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Outcome;
import org.parvis.budget.rules.Utility;
import org.parvis.budget.rules.pabulib.PabulibFormatException;
import org.parvis.budget.rules.pabulib.PabulibInstance;
import org.parvis.budget.rules.pabulib.PabulibReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parvis budget tally}: computes which projects a Pabulib file's vote funds under a rule,
 * and prints {@code {"rule": …, "selected": […], "cost": …}}.
 */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Counts a participatory-budget vote stored in a Pabulib file (.pb, see pabulib.org) and"
          + " prints the funded projects as JSON: {\"rule\": …, \"selected\": [project ids in"
          + " the order they were funded], \"cost\": total cost}.",
      "",
      "Rules:",
      "  greedy        the most supported projects first; a project that no longer fits is"
          + " skipped and cheaper ones after it may still be funded.",
      "  equal-shares  Method of Equal Shares: the budget is split equally among the voters,"
          + " and a project is funded only if its own supporters can pay for it from their"
          + " shares; the cheapest-per-supporter project goes first. Gives groups of voters"
          + " a part of the budget in proportion to their size.",
      "  phragmen      sequential Phragmén: projects are bought one by one, spreading each"
          + " cost as evenly as possible among the supporters; stops at the first project"
          + " that no longer fits.",
      "Ties go to the project whose id comes first in text order (\"10\" before \"2\"), as in"
          + " pabutools, the research reference implementation.",
      ""
    },
    footer = {
      "",
      "Ranked (ordinal) and choose-1 votes are read as approvals of the listed projects."
          + " Cumulative and scoring votes are read as approvals too unless --utility points"
          + " is given (pabutools' reference outcomes read them as approvals).",
      "Exit status: 0 on success, 1 for an unreadable file (the message gives the line),"
          + " 2 for wrong options."
    })
final class TallyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description = "greedy, equal-shares or phragmen.")
  String rule;

  @Option(
      names = "--utility",
      defaultValue = "cost",
      paramLabel = "UTILITY",
      description = {
        "What a funded project is worth to a voter who supports it (greedy, equal-shares):",
        "  cost: its cost (default); cardinality: one per project;",
        "  points: the points the voter gave it (cumulative/scoring files)."
      })
  String utility;

  @Option(
      names = "--completion",
      defaultValue = "none",
      paramLabel = "COMPLETION",
      description = {
        "What equal-shares does with the money it leaves unspent:",
        "  none: nothing (default);",
        "  add1: raise every voter's share by 1 currency unit and count again, until the"
            + " outcome spends all it can or would go over the budget (pabutools' variant);",
        "  add1-utilitarian: add1, then fund what still fits as greedy would."
      })
  String completion;

  @Parameters(index = "0", paramLabel = "FILE.pb", description = "The Pabulib file.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AllocationRule allocationRule;
    try {
      allocationRule = AllocationRules.of(rule, parseUtility(), parseCompletion());
    } catch (IllegalArgumentException e) {
      err.println("parvis budget tally: " + e.getMessage());
      return 2;
    }
    if (!Files.isReadable(file)) {
      err.println("parvis budget tally: cannot read " + file);
      return 1;
    }
    PabulibInstance instance;
    try {
      instance = PabulibReader.read(file);
    } catch (PabulibFormatException e) {
      err.println("parvis budget tally: " + e.getMessage());
      return 1;
    }
    Outcome outcome = allocationRule.allocate(instance.election());
    PrintWriter out = spec.commandLine().getOut();
    out.println(json(rule, outcome));
    out.flush();
    return 0;
  }

  private Utility parseUtility() {
    return switch (utility.toLowerCase(Locale.ROOT)) {
      case "cost" -> Utility.COST;
      case "cardinality" -> Utility.CARDINALITY;
      case "points" -> Utility.POINTS;
      default -> throw new IllegalArgumentException(
          "unknown utility '" + utility + "'; valid: cost, cardinality, points");
    };
  }

  private Completion parseCompletion() {
    return switch (completion.toLowerCase(Locale.ROOT)) {
      case "none" -> Completion.NONE;
      case "add1" -> Completion.ADD1;
      case "add1-utilitarian" -> Completion.ADD1_UTILITARIAN;
      default -> throw new IllegalArgumentException(
          "unknown completion '" + completion + "'; valid: none, add1, add1-utilitarian");
    };
  }

  static String json(String rule, Outcome outcome) {
    StringBuilder json = new StringBuilder("{\"rule\": ").append(quote(rule)).append(", \"selected\": [");
    for (int i = 0; i < outcome.selected().size(); i++) {
      json.append(i == 0 ? "" : ", ").append(quote(outcome.selected().get(i)));
    }
    return json.append("], \"cost\": ").append(outcome.cost()).append('}').toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
