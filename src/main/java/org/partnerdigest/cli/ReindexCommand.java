package org.partnerdigest.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.partnerdigest.search.SearchService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reindex}: starts the application without a web server, rebuilds the index from the archive
 * beside the live one, swaps it in, prints the counts and exits. When there was no index (an
 * archive copied in), the start's own catch-up builds it from the whole archive; the command waits
 * for that instead of building a second one beside it.
 */
final class ReindexCommand {

  /** How long an index may stay on one {@code seq} before the command gives up on it. */
  static final Duration STALLED = Duration.ofMinutes(10);

  private ReindexCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String[] springArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(applicationClass())
            .web(WebApplicationType.NONE)
            .properties(
                "spring.main.banner-mode=off",
                "partner-digest.command=reindex",
                "partner-digest.digest.scheduled=false")
            .run(springArgs)) {
      SearchService search = context.getBean(SearchService.class);
      long started = System.nanoTime();
      // an empty index is already being built from the whole archive: building a second one
      // beside it would do the same work twice (and wait for the first to finish to swap)
      boolean fromEmpty = search.startedEmpty();
      if (!fromEmpty) {
        search.reindex();
      } else if (!awaitIndexed(search, err)) {
        return 1;
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      out.printf(
          "%s %d entries up to seq %d in %d ms%n",
          fromEmpty ? "indexed (the index was empty)" : "reindexed",
          search.indexedCount(),
          search.indexedSeq(),
          millis);
      return 0;
    } catch (RuntimeException e) {
      err.println("partner-digest reindex: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Waits while the index makes progress: the catch-up retries a failing batch rather than give up,
   * so an index stuck on the same {@code seq} for {@link #STALLED} is reported, not waited on.
   */
  private static boolean awaitIndexed(SearchService search, PrintStream err) {
    long seq = search.indexedSeq();
    long progressedAt = System.nanoTime();
    while (!search.awaitCaughtUp(Duration.ofSeconds(10))) {
      if (Thread.currentThread().isInterrupted()) {
        err.println("partner-digest reindex: interrupted at seq " + search.indexedSeq());
        return false;
      }
      if (search.indexedSeq() != seq) {
        seq = search.indexedSeq();
        progressedAt = System.nanoTime();
      } else if (System.nanoTime() - progressedAt > STALLED.toNanos()) {
        err.println(
            "partner-digest reindex: indexing made no progress past seq "
                + seq
                + " for "
                + STALLED.toMinutes()
                + " minutes; see the application log for the failing batch");
        return false;
      }
    }
    return true;
  }

  /**
   * The application class, looked up by name: referencing it directly would make a cycle between
   * the root package (whose main method dispatches to this module) and {@code cli}.
   */
  static Class<?> applicationClass() {
    try {
      return Class.forName("org.partnerdigest.PartnerDigestApplication");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("application class missing from the jar", e);
    }
  }
}
