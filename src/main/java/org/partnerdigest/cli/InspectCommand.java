package org.partnerdigest.cli;

import java.io.PrintStream;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.partnerdigest.content.FeedParser;
import org.partnerdigest.crawl.FeedFetcher;
import org.partnerdigest.crawl.FetchSettings;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inspect SOURCE...}: fetches and parses each source without Spring or a database and prints
 * one JSON object per source per line, in input order, flushing each line. Sources are fetched
 * concurrently (at most {@value #PARALLEL} at a time) in one JVM, so hundreds work.
 */
final class InspectCommand {

  static final int PARALLEL = 16;

  private InspectCommand() {}

  /** From the command line: library logging is silenced for the rest of this JVM. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    quietLogging();
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    InspectOptions options;
    try {
      options = InspectOptions.parse(Arrays.asList(args).subList(1, args.length), env);
    } catch (IllegalArgumentException e) {
      err.println("partner-digest inspect: " + e.getMessage());
      err.println(InspectOptions.USAGE);
      return 2;
    }
    FeedFetcher fetcher;
    try {
      fetcher =
          new FeedFetcher(
              FetchSettings.defaults().withAllowedHosts(options.allowedHosts()),
              FeedFetcher.userAgent(
                  env.getOrDefault("PARTNER_DIGEST_PUBLIC_URL", "http://localhost:8080")),
              InstantSource.system());
    } catch (IllegalArgumentException e) {
      err.println("partner-digest inspect: " + e.getMessage());
      return 2;
    }
    try (fetcher;
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      return inspectAll(
          options.sources(), new SourceInspector(fetcher, new FeedParser()), workers, out);
    }
  }

  private static int inspectAll(
      List<String> sources, SourceInspector inspector, ExecutorService workers, PrintStream out) {
    JsonMapper json = JsonMapper.builder().build();
    Semaphore slots = new Semaphore(PARALLEL);
    List<CompletableFuture<Line>> lines = new ArrayList<>();
    for (String source : sources) {
      lines.add(
          CompletableFuture.supplyAsync(
              () -> {
                slots.acquireUninterruptibly();
                try {
                  Inspection inspection = inspector.inspect(source);
                  return new Line(json.writeValueAsString(inspection.json()), inspection.ok());
                } catch (RuntimeException e) {
                  Inspection failed = Inspection.failed(source, "could not inspect: " + e);
                  return new Line(json.writeValueAsString(failed.json()), false);
                } finally {
                  slots.release();
                }
              },
              workers));
    }
    boolean allOk = true;
    for (CompletableFuture<Line> future : lines) {
      Line line = future.join();
      out.println(line.json());
      out.flush();
      allOk &= line.ok();
    }
    return allOk ? 0 : 1;
  }

  private record Line(String json, boolean ok) {}

  /** Library logging would mix with the JSON Lines on stdout; errors are in the JSON instead. */
  private static void quietLogging() {
    try {
      LoggingSystem.get(InspectCommand.class.getClassLoader()).setLogLevel(null, LogLevel.OFF);
    } catch (RuntimeException e) {
      // no logging system to quiet
    }
  }
}
