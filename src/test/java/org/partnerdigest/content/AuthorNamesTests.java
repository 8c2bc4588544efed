package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNamesTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "me@example.com (Jane Doe)|Jane Doe",
        "Jane Doe (me@example.com)|Jane Doe",
        "Jane Doe <me+feeds@example.com>|Jane Doe",
        "mailto:me@example.com (Jane Doe)|Jane Doe",
        "Jane Doe|Jane Doe",
        "me@example.com|me@example.com",
        "Partner Center team (Microsoft)|Partner Center team (Microsoft)"
      })
  void keepsTheNameAndDropsTheEmail(String author, String expected) {
    assertThat(AuthorNames.display(author)).isEqualTo(expected);
  }
}
