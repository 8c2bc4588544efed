package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is shown as an entry's summary, while the stored summary stays what the feed gave. */
class DisplaySummaryTests {

  private List<ParsedEntry> entries;

  @BeforeEach
  void parse() throws FeedParseException {
    entries =
        new FeedParser().parse(Fixtures.document("rss-content-only-and-own-summary.xml")).entries();
  }

  @Test
  void anEntryWithOnlyContentShowsItsExcerptEscaped() {
    ParsedEntry contentOnly = entries.get(0);

    assertThat(contentOnly.summary()).isNull();
    assertThat(contentOnly.excerpt()).isEqualTo("Fees & dates for <FY27> \"partners\"");
    assertThat(contentOnly.displaySummary())
        .isEqualTo("Fees &amp; dates for &lt;FY27&gt; &quot;partners&quot;");
  }

  @Test
  void anEntryWithItsOwnSummaryKeepsIt() {
    ParsedEntry ownSummary = entries.get(1);

    assertThat(ownSummary.summary()).isEqualTo("The <b>short</b> version");
    assertThat(ownSummary.displaySummary()).isEqualTo(ownSummary.summary());
  }

  @Test
  void anEntryWithoutTextHasNoDisplaySummary() {
    assertThat(entries.get(2).displaySummary()).isNull();
  }
}
