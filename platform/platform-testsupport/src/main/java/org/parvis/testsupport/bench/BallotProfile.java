package org.parvis.testsupport.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application server's CPU goes during the voting-day benchmark: reads a JDK Flight
 * Recording of the benchmark's WildFly (see {@code docs/benchmarks.md}, "Voting day: run 6") and
 * sorts its execution samples, between two UTC times of the current day, into the parts of a
 * ballot's path. Each sample goes to the first part whose method is on its stack.
 *
 * <p>Usage: {@code java -cp … org.parvis.testsupport.bench.BallotProfile FILE.jfr HH:MM:SS
 * HH:MM:SS}.
 */
public final class BallotProfile {

  /** A part of the path and the methods (class name, dot, method) that make a sample its own. */
  private record Part(String name, List<String> methods) {}

  private static final String SPIN =
      "Undertow I/O thread spinning until the worker re-arms the keep-alive connection";
  private static final String REST = "the rest: Undertow servlet chain, RESTEasy and CDI dispatch";

  private static final List<Part> PARTS = List.of(
      new Part("bearer token validation (Elytron OIDC, jose4j)",
          List.of("OidcAuthenticationMechanism.evaluateRequest")),
      new Part("verified-resident lookup (its own transaction)",
          List.of("residency.application.VerifiedResidents.of")),
      new Part("ballot transaction: queries and upsert (Hibernate, JDBC, JCA pool)",
          List.of("budget.application.BallotBox.submit")),
      new Part("ballot transaction: begin and commit (JTA)",
          List.of("TransactionalInterceptorBase.intercept")),
      new Part("request body (Jackson) and Bean Validation",
          List.of("ResteasyJackson2Provider.readFrom", "BodyValidator.check")),
      new Part("response (Jackson, Undertow write)",
          List.of("ResteasyJackson2Provider.asyncWriteTo", "ResteasyJackson2Provider.writeTo",
              "HttpServletResponseImpl.responseDone")),
      new Part("tenant resolution, module gate, access filter (without the lookup above)",
          List.of("ModuleGateFilter.filter", "TenantDirectory.byHost", "AccessFilter.filter")),
      new Part("HTTP parsing and other I/O thread work",
          List.of("HttpReadListener", "WorkerThread.run")));

  private BallotProfile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: BallotProfile FILE.jfr FROM TO   (times HH:MM:SS, UTC, today)");
      System.exit(2);
    }
    Instant from = utcToday(args[1]);
    Instant to = utcToday(args[2]);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(SPIN, 0);
    PARTS.forEach(p -> counts.put(p.name(), 0));
    counts.put(REST, 0);
    int total = 0;
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)
            || event.getStackTrace() == null) {
          continue;
        }
        total++;
        counts.merge(partOf(event.getStackTrace().getFrames()), 1, Integer::sum);
      }
    }
    System.out.printf("%d execution samples between %s and %s%n", total, from, to);
    for (var entry : counts.entrySet()) {
      System.out.printf("%5.1f %%  %s%n", 100.0 * entry.getValue() / Math.max(1, total),
          entry.getKey());
    }
  }

  private static String partOf(List<RecordedFrame> frames) {
    if (isSpin(frames)) {
      return SPIN;
    }
    for (Part part : PARTS) {
      for (RecordedFrame frame : frames) {
        String method = name(frame);
        if (part.methods().stream().anyMatch(method::contains)) {
          return part.name();
        }
      }
    }
    return REST;
  }

  /**
   * Undertow 2.3's HttpReadListener.handleEvent loops on a compare-and-set while the worker thread
   * that finished the previous exchange re-arms the connection; a sample is the spin when it is in
   * that loop itself.
   */
  private static boolean isSpin(List<RecordedFrame> frames) {
    String top = name(frames.get(0));
    if (top.endsWith("HttpReadListener.handleEvent")) {
      return true;
    }
    return top.contains("AtomicIntegerFieldUpdater") && frames.size() > 1
        && name(frames.get(1)).endsWith("HttpReadListener.handleEvent");
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static Instant utcToday(String time) {
    return LocalTime.parse(time).atDate(LocalDate.now(ZoneOffset.UTC)).toInstant(ZoneOffset.UTC);
  }
}
