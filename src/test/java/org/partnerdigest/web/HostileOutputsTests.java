package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/**
 * Entries whose links are script never republish them (issue 7, defect 1): not in the Atom outputs,
 * the API's {@code link} or OPML; and health warns, with HTTP 200, when most feeds fail at once
 * (here three of six are missing).
 */
class HostileOutputsTests extends HostileSiteTest {

  private static final String HTTP = "https?://.+";

  @ParameterizedTest
  @ValueSource(
      strings = {"/feed.atom", "/topics/renewals/feed.atom", "/search.atom?q=renewal&size=100"})
  void atomOutputsLinkOnlyToHttp(String path) throws Exception {
    var response = site.get(path);
    assertThat(response.statusCode()).isEqualTo(200);

    List<String> hrefs = attributes(response.body(), "link", "href");
    assertThat(hrefs).isNotEmpty().allMatch(href -> href.matches(HTTP));
    assertThat(response.body()).doesNotContainIgnoringCase("javascript:");
    assertThat(response.body()).doesNotContainIgnoringCase("vbscript:");
    assertThat(response.body()).doesNotContain("data:text/html");
  }

  @Test
  void apiLinksAreHttpOrNull() {
    JsonNode hits = site.json("/api/search?q=renewal&size=100").get("hits");

    assertThat(hits.size()).isGreaterThanOrEqualTo(10);
    for (JsonNode hit : hits) {
      assertLinkIsHttpOrNull(hit);
      assertLinkIsHttpOrNull(site.json("/api/entries/" + hit.get("id").asString()));
    }
    assertThat(StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("link")))
        .anyMatch(JsonNode::isNull);
  }

  @Test
  void opmlListsOnlyHttpFeeds() throws Exception {
    List<String> urls = attributes(site.get("/opml.xml").body(), "outline", "xmlUrl");

    assertThat(urls).hasSize(6).allMatch(url -> url.matches(HTTP));
  }

  @Test
  void healthWarnsWithStatus200WhenMostFeedsFail() {
    var response = site.get("/actuator/health", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = SiteClient.parse(response.body());
    assertThat(health.get("components").get("crawl").get("status").asString()).isEqualTo("WARNING");
    assertThat(health.get("status").asString()).isEqualTo("WARNING");
  }

  private static void assertLinkIsHttpOrNull(JsonNode entry) {
    JsonNode link = entry.get("link");
    assertThat(link).as("link of %s", entry.get("title")).isNotNull();
    if (!link.isNull()) {
      assertThat(link.asString()).matches(HTTP);
    }
  }

  private static List<String> attributes(String xml, String element, String attribute)
      throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    NodeList nodes = document.getElementsByTagNameNS("*", element);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      if (node.hasAttribute(attribute)) {
        values.add(node.getAttribute(attribute));
      }
    }
    return values;
  }
}
