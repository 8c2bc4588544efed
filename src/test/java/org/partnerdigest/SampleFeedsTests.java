package org.partnerdigest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled offline samples ({@code src/main/resources/samples}) are what a newcomer sees first,
 * so each must be well-formed, hold 10 to 25 entries and give every entry its own id. Plain JUnit:
 * the files are checked with the JDK parser and Jackson, not with our own feed parser.
 */
class SampleFeedsTests {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String RSS_1 = "http://purl.org/rss/1.0/";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  static Stream<Path> samples() throws IOException, URISyntaxException {
    Path dir = Path.of(SampleFeedsTests.class.getResource("/samples").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @Test
  void bundlesRss2AtomRss1AndJsonFeedSamples() throws Exception {
    List<String> formats = samples().map(SampleFeedsTests::format).distinct().sorted().toList();

    assertThat(samples().count()).isBetween(5L, 8L);
    assertThat(formats).containsExactly("atom", "json", "rss1", "rss2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void isWellFormedWithTenToTwentyFiveUniquelyIdentifiedEntries(Path sample) throws Exception {
    List<String> ids = entryIds(sample);

    assertThat(ids).hasSizeBetween(10, 25);
    assertThat(ids).allSatisfy(id -> assertThat(id).isNotBlank());
    assertThat(ids).doesNotHaveDuplicates();
  }

  private static String format(Path sample) {
    if (sample.toString().endsWith(".json")) {
      return "json";
    }
    return switch (parseXml(sample).getDocumentElement().getLocalName()) {
      case "rss" -> "rss2";
      case "RDF" -> "rss1";
      case "feed" -> "atom";
      default -> "unknown";
    };
  }

  private static List<String> entryIds(Path sample) throws IOException {
    if (sample.toString().endsWith(".json")) {
      JsonNode feed = JsonMapper.builder().build().readTree(sample.toFile());
      assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
      return feed.path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }
    Document document = parseXml(sample);
    return switch (format(sample)) {
      case "rss2" -> childTexts(document.getElementsByTagName("item"), null, "guid");
      case "atom" -> childTexts(document.getElementsByTagNameNS(ATOM, "entry"), ATOM, "id");
      case "rss1" -> attributes(document.getElementsByTagNameNS(RSS_1, "item"), "about");
      default -> throw new AssertionError(sample + " is neither RSS, RDF nor Atom");
    };
  }

  private static List<String> childTexts(NodeList entries, String namespace, String child) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      NodeList found =
          namespace == null
              ? ((Element) entries.item(i)).getElementsByTagName(child)
              : ((Element) entries.item(i)).getElementsByTagNameNS(namespace, child);
      texts.add(found.getLength() == 1 ? found.item(0).getTextContent().strip() : "");
    }
    return texts;
  }

  private static List<String> attributes(NodeList entries, String rdfAttribute) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      values.add(((Element) entries.item(i)).getAttributeNS(RDF, rdfAttribute));
    }
    return values;
  }

  /** DTDs and external entities are refused, as everywhere else we read XML. */
  private static Document parseXml(Path sample) {
    try (InputStream in = Files.newInputStream(sample)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in);
    } catch (Exception e) {
      throw new AssertionError(
          sample.getFileName() + " is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
