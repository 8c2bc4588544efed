package org.partnerdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.cli.InspectCommandTests.fixturePath;
import static org.partnerdigest.cli.InspectCommandTests.run;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The {@code summary} field of {@code inspect} is the entry's display summary. */
class InspectSummaryTests {

  @Test
  void anEntryWithOnlyContentIsSummarizedByItsEscapedExcerpt() {
    JsonNode entry =
        run(fixturePath("rss-content-only.xml")).lines().getFirst().get("entries").get(0);

    assertThat(entry.get("summary").asString()).isEqualTo("Fees &amp; dates for &lt;FY27&gt;");
    assertThat(entry.get("content").asString())
        .isEqualTo("<p>Fees &amp; <b>dates</b> for &lt;FY27&gt;</p>");
  }

  @Test
  void anEntryWithItsOwnSummaryKeepsIt() {
    JsonNode entry = run(fixturePath("rss-two-items.xml")).lines().getFirst().get("entries").get(0);

    assertThat(entry.get("summary").asString()).isEqualTo("No: renewals are evaluated each year.");
  }
}
