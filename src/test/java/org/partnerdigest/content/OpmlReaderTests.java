package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpmlReaderTests {

  @Test
  void listsEveryFeedInDocumentOrderWithItsFolder() throws FeedParseException {
    assertThat(OpmlReader.read(Fixtures.bytes("opml-subscriptions-in-folders.opml")))
        .containsExactly(
            new OpmlOutline(
                "Microsoft Partner Blog",
                "https://partner.example.com/blog/feed",
                "https://partner.example.com/blog",
                "Official"),
            new OpmlOutline(
                "Café Partner News & Notes", "https://cafe.example.org/rss", null, "Official"),
            new OpmlOutline("", "http://www.untitled.example.net/feed", null, null));
  }

  @Nested
  class Refusals {

    @Test
    void neverReadsAnExternalEntity() {
      assertThatThrownBy(() -> OpmlReader.read(Fixtures.bytes("opml-external-entity.opml")))
          .isInstanceOf(FeedParseException.class)
          .hasMessageContaining("not well-formed OPML: line 4")
          .hasMessageContaining("secret")
          .message()
          .doesNotContain("root:");
    }

    @Test
    void namesWhereAMalformedFileBreaks() {
      assertThatThrownBy(() -> OpmlReader.read(Fixtures.bytes("opml-malformed.opml")))
          .hasMessageStartingWith("not well-formed OPML: line 4, column ");
    }

    @Test
    void aFeedIsNotOpml() {
      assertThatThrownBy(() -> OpmlReader.read(Fixtures.bytes("rss20-basic.xml")))
          .hasMessage("not OPML: the root element is <rss>, not <opml>");
    }

    @Test
    void anEmptyOrOversizedFile() {
      assertThatThrownBy(() -> OpmlReader.read(new byte[0])).hasMessage("the OPML file is empty");
      assertThatThrownBy(() -> OpmlReader.read(new byte[OpmlReader.MAX_BYTES + 1]))
          .hasMessage("the OPML file is larger than 1 MiB");
    }

    @Test
    void textThatIsNotXml() {
      assertThatThrownBy(() -> OpmlReader.read("just words".getBytes(StandardCharsets.UTF_8)))
          .hasMessageStartingWith("not well-formed OPML: line 1, column 1");
    }
  }
}
