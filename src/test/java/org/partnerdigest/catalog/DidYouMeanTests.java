package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTests {

  private final List<String> keys = List.of("key", "url", "title", "refresh");

  @Test
  void suggestsWithinTwoEdits() {
    assertThat(DidYouMean.closest("refesh", keys)).contains("refresh");
    assertThat(DidYouMean.closest("URL", keys)).contains("url");
    assertThat(DidYouMean.closest("titel", keys)).contains("title");
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertThat(DidYouMean.closest("colour", keys)).isEmpty();
    assertThat(DidYouMean.closest("x", keys)).isEmpty();
  }
}
