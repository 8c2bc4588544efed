package org.partnerdigest.digest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnerdigest.PartnerDigestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application that {@link SenderCrashTests} runs in a child JVM and kills: cuts (or, after a
 * restart, finds) the edition of a cut-off and sends it through an SMTP server on loopback, four
 * messages a second, then exits. Arguments: data directory, feeds file, SMTP port, cut-off, and any
 * further {@code --name=value} properties (e.g. a PostgreSQL data source).
 */
final class SenderCrashChild {

  private SenderCrashChild() {}

  public static void main(String[] args) {
    Instant cutoff = Instant.parse(args[3]);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PartnerDigestApplication.class)
            .web(WebApplicationType.NONE)
            .properties("spring.main.banner-mode=off")
            // arguments, not default properties: those would lose to application.yml
            .run(arguments(args))) {
      context.getBean(Editions.class).publish(cutoff).orElseThrow();
      DeliveryLog deliveries = context.getBean(DeliveryLog.class);
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> deliveries.counts(cutoff).pending() == 0);
    }
    System.exit(0);
  }

  private static String[] arguments(String[] args) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--partner-digest.data-dir=" + args[0],
                "--partner-digest.feeds-file=" + args[1],
                "--partner-digest.samples.enabled=false",
                "--partner-digest.crawl.scheduled=false",
                "--partner-digest.digest.scheduled=false",
                "--partner-digest.digest.rate-limit=4",
                "--partner-digest.digest.backoff=200ms",
                // the message in flight at the kill is retried by the restarted sender after this
                "--partner-digest.digest.claim-timeout=1s",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + args[2]));
    arguments.addAll(List.of(args).subList(4, args.length));
    return arguments.toArray(String[]::new);
  }
}
