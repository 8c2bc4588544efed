package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code feeds.yml} at the project root is what a newcomer runs first; it must be valid. */
class ShippedFeedsFileTests {

  @Test
  void theShippedFeedsFileIsValid() throws IOException {
    var file = Path.of("feeds.yml");
    assertThat(file).as("feeds.yml at the project root").isRegularFile();

    var parsed = CatalogParser.read(file, "feeds.yml");

    assertThat(parsed.problems()).extracting(CatalogProblem::toString).isEmpty();
    assertThat(parsed.catalog().feeds()).isNotEmpty();
    assertThat(Files.size(file)).isLessThan(CatalogParser.MAX_BYTES);
  }
}
