package org.partnerdigest;

import org.partnerdigest.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Partner Digest: crawls partner-program feeds, archives, indexes and serves them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PartnerDigestApplication {

  /**
   * Carriers for virtual threads, at least this many whatever the core count. A virtual thread that
   * loads a class is pinned to its carrier; from the packaged jar, concurrent first loads wait on
   * one lock of Spring Boot's nested-jar reader, and when every carrier is pinned so, the thread
   * holding that lock never runs again (spring-boot#51463; seen here as a hang at start-up on 2
   * cores). More carriers than the workers that can load classes at once (the crawl's and {@code
   * inspect}'s concurrent fetches) leave one free.
   */
  static final int MIN_VIRTUAL_THREAD_CARRIERS = 64;

  public static void main(String[] args) {
    enoughVirtualThreadCarriers();
    if (CommandLine.handles(args)) {
      System.exit(CommandLine.run(args));
    }
    SpringApplication.run(PartnerDigestApplication.class, args);
  }

  /** Must run before the first virtual thread starts: the scheduler reads it once. */
  private static void enoughVirtualThreadCarriers() {
    String property = "jdk.virtualThreadScheduler.parallelism";
    if (System.getProperty(property) == null) {
      int carriers =
          Math.max(Runtime.getRuntime().availableProcessors(), MIN_VIRTUAL_THREAD_CARRIERS);
      System.setProperty(property, Integer.toString(carriers));
    }
  }
}
