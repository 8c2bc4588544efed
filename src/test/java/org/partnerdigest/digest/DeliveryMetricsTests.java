package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A digest sent through the real SMTP server counts in {@code digest_deliveries_total}. */
class DeliveryMetricsTests extends DigestSiteTest {

  @Autowired MeterRegistry registry;

  @Test
  void aSentDigestCountsAsSent() {
    double sentBefore = sent();
    Instant cutoff = nextCutoff();
    archive(
        "program-blog",
        cutoff.minus(Duration.ofDays(2)),
        post("metrics-post", "Renewal dates for partners", "Renewal.", cutoff.minusSeconds(86400)));
    String address = "metrics@example.com";
    subscribeAndConfirm(address, List.of());

    editions.publish(cutoff).orElseThrow();
    awaitDelivered(cutoff);

    assertThat(Mails.digestsTo(address)).hasSize(1);
    assertThat(sent()).isGreaterThanOrEqualTo(sentBefore + 1);
  }

  private double sent() {
    return registry.get("digest.deliveries").tag("state", "sent").counter().count();
  }
}
