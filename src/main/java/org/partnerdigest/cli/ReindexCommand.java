package org.partnerdigest.cli;

import java.io.PrintStream;
import org.partnerdigest.search.SearchService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reindex}: starts the application without a web server, rebuilds the index from the archive
 * beside the live one, swaps it in, prints the counts and exits.
 */
final class ReindexCommand {

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
      search.reindex();
      long millis = (System.nanoTime() - started) / 1_000_000;
      out.printf(
          "reindexed %d entries up to seq %d in %d ms%n",
          search.indexedCount(), search.indexedSeq(), millis);
      return 0;
    } catch (RuntimeException e) {
      err.println("partner-digest reindex: " + e.getMessage());
      return 1;
    }
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
