package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Characters XML 1.0 cannot carry never break an output, and control characters never reach the log
 * raw (issue 7, defect 5).
 */
@ExtendWith(OutputCaptureExtension.class)
class ControlCharactersTests extends EmptySiteTest {

  RawHttp raw;

  @BeforeEach
  void rawClient() {
    raw = new RawHttp(port);
  }

  @Nested
  class InQueries {

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"%1b", "%00", "a%01", "%EF%BF%BE", "renewal%1b%5b31m", "%C2%85x"})
    void savedSearchFeedStaysValidAtom(String q) throws Exception {
      RawHttp.Response response = raw.get("/search.atom?q=" + q);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
      Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
      assertThat(feed.getTitle()).startsWith("Partner Digest search");
      assertThat(response.body()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"%1b", "%00", "a%01", "%EF%BF%BE"})
    void apiAndSearchPageAnswerNormally(String q) {
      assertThat(raw.get("/api/search?q=" + q).status()).isEqualTo(200);
      RawHttp.Response page = raw.send("GET", "/search?q=" + q, Map.of());
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    }
  }

  @Nested
  class InTheLog {

    private final Logger log = LoggerFactory.getLogger(ControlCharactersTests.class);

    @Test
    void loggedQueryShowsNoRawControlCharacter(CapturedOutput output) {
      log.info("searched for [{}]", "renewal\u001b[31m\u0000\r\nFAKE ERROR line\u0085");

      String line =
          output.getAll().lines().filter(l -> l.contains("searched for")).findFirst().orElseThrow();
      assertThat(line)
          .contains("searched for [renewal\ufffd[31m\ufffd\ufffd\ufffdFAKE ERROR line\ufffd]")
          .doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F]");
      assertThat(output.getAll()).doesNotContain("\u001b[31m", "\u0000", "\nFAKE ERROR");
    }

    @Test
    void loggedStackTraceShowsNoRawControlCharacterAndAppearsOnce(CapturedOutput output) {
      log.warn("failed", new IllegalStateException("bad byte \u001b in \u0000 value"));

      assertThat(output.getAll())
          .contains("IllegalStateException: bad byte \ufffd in \ufffd value")
          .doesNotContain("\u001b", "\u0000");
      assertThat(output.getAll().split("IllegalStateException", -1)).hasSize(2);
    }
  }
}
