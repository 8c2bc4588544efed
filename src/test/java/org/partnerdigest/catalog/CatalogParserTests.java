package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CatalogParserTests {

  static final Path FIXTURES = Path.of("src/test/resources/org/partnerdigest/catalog");

  static ParsedCatalog parse(String fixture) {
    try {
      return CatalogParser.read(FIXTURES.resolve(fixture), fixture);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of a fixture as {@code line:column: message}, the file name left out. */
  static List<String> problems(String fixture) {
    var parsed = parse(fixture);
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(fixture));
    return parsed.problems().stream()
        .map(p -> p.line() + ":" + p.column() + ": " + p.message())
        .toList();
  }

  @Test
  void readsEveryKeyIntoRecords() {
    var parsed = parse("valid-everything.yml");

    assertThat(parsed.problems()).isEmpty();
    var catalog = parsed.catalog();
    assertThat(catalog.groups())
        .containsExactly(
            new Group("microsoft", "Microsoft (official)", Group.Tier.OFFICIAL),
            new Group("bloggers", "bloggers", Group.Tier.COMMUNITY));
    assertThat(catalog.feeds())
        .containsExactly(
            new FeedSource(
                "partner-center-announcements",
                URI.create("https://example.com/feed/"),
                "Partner Center announcements",
                "microsoft",
                List.of("announcements", "partner-center"),
                true,
                Duration.ofMinutes(150)),
            new FeedSource(
                "offline-sample",
                URI.create("sample:mpn-program-blog.xml"),
                null,
                null,
                List.of(),
                true,
                null),
            new FeedSource(
                "quiet-blog",
                URI.create("http://blog.example.org/rss"),
                null,
                "bloggers",
                List.of(),
                false,
                Duration.ofMinutes(45)));
    assertThat(catalog.topics())
        .containsExactly(
            new Topic("renewals", "Renewals", "renewal OR renew OR \"anniversary date\""),
            new Topic("action-pack", "action-pack", "(\"action pack\" OR MAPS) AND NOT retired"));
    assertThat(catalog.synonyms())
        .containsExactly(
            new SynonymSet(
                List.of("MPN", "Microsoft Partner Network", "Microsoft AI Cloud Partner Program")),
            new SynonymSet(List.of("CSP", "Cloud Solution Provider")));
  }

  @Test
  void acceptsAFileWithNoSections() {
    var parsed = parse("empty.yml");

    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.catalog()).isEqualTo(Catalog.empty());
  }

  @Test
  void reportsAllErrorsNotOnlyTheFirstInFileOrder() {
    assertThat(problems("many-errors.yml"))
        .containsExactly(
            "3:11: bad tier 'offical': use official or community (did you mean 'official'?)",
            "6:10: bad url 'ftp://example.com/a': use an http(s) URL or sample:NAME",
            "7:5: unknown key 'refesh' in feed 'a' (did you mean 'refresh'?)",
            "8:10: duplicate feed key 'a' (first at line 5)",
            "10:12: unknown group 'nobody'; known groups: microsoft",
            "11:14: bad duration 'soon' for 'refresh': use 30m, 1h, 2h30m, 90s, 1d or ISO-8601"
                + " such as PT1H",
            "14:12: topic 't' has an empty query; write the words or phrases it matches");
  }

  @Test
  void printsProblemsAsFileLineColumnMessage() {
    assertThat(parse("duplicate-topic-key.yml").problems().getFirst())
        .hasToString(
            "duplicate-topic-key.yml:4:10: duplicate topic key 'renewals' (first at line 2)");
  }

  @Nested
  class Yaml {

    @Test
    void reportsInvalidYamlAtTheParsersPosition() {
      assertThat(problems("invalid-yaml.yml"))
          .singleElement()
          .asString()
          .startsWith("4:4: invalid YAML: expected <block end>")
          .contains("check the indentation")
          .endsWith("(while parsing a block collection at line 2)");
    }

    @Test
    @Timeout(5)
    void refusesBillionLaughsQuickly() {
      assertThat(problems("billion-laughs.yml"))
          .containsExactly(
              "1:1: invalid YAML: too many aliases (at most 10 anchors may be referenced in"
                  + " feeds.yml); write the values out");
    }

    @Test
    void neverConstructsJavaObjectsFromTags() {
      assertThat(problems("java-object-tag.yml"))
          .singleElement()
          .asString()
          .startsWith("3:10: invalid YAML: Global tag is not allowed");
    }

    @Test
    void reportsAKeyWrittenTwiceInOneMapping() {
      assertThat(problems("duplicate-yaml-key.yml"))
          .containsExactly("4:5: duplicate key 'url' in a feed (first at line 3)");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
      var parsed = CatalogParser.parse("latin1.yml", new byte[] {'f', 'e', 'e', 'd', (byte) 0xE9});

      assertThat(parsed.problems())
          .extracting(CatalogProblem::toString)
          .containsExactly("latin1.yml:1:1: file is not valid UTF-8; save it as UTF-8");
    }
  }

  @Nested
  class Keys {

    @Test
    void suggestsTheClosestKnownKeyForATypo() {
      assertThat(problems("unknown-key-typo.yml"))
          .containsExactly(
              "4:5: unknown key 'refesh' in feed 'a' (did you mean 'refresh'?)",
              "5:5: unknown key 'colour' in feed 'a'; allowed keys: key, url, title, group, tags,"
                  + " enabled, refresh");
    }

    @Test
    void reportsAnUnknownTopLevelKey() {
      assertThat(problems("unknown-top-level-key.yml"))
          .containsExactly("1:1: unknown key 'feed' at the top level (did you mean 'feeds'?)");
    }

    @Test
    void reportsMissingKeyAndUrlAtTheFeed() {
      assertThat(problems("missing-key-and-url.yml"))
          .containsExactly("2:5: a feed has no 'key'", "3:5: feed 'no-url' has no 'url'");
    }

    @Test
    void reportsBadKeySyntax() {
      var rule = "use lower-case letters, digits and '-', starting with a letter or digit";
      assertThat(problems("bad-key-syntax.yml"))
          .containsExactly(
              "2:10: bad key 'Microsoft': " + rule,
              "5:10: bad key 'partner center': " + rule,
              "8:10: bad key '-renewals': " + rule);
    }

    @Test
    void reportsDuplicateFeedKey() {
      assertThat(problems("duplicate-feed-key.yml"))
          .containsExactly("4:10: duplicate feed key 'same' (first at line 2)");
    }

    @Test
    void reportsDuplicateGroupKey() {
      assertThat(problems("duplicate-group-key.yml"))
          .containsExactly("4:10: duplicate group key 'microsoft' (first at line 2)");
    }

    @Test
    void reportsDuplicateTopicKey() {
      assertThat(problems("duplicate-topic-key.yml"))
          .containsExactly("4:10: duplicate topic key 'renewals' (first at line 2)");
    }
  }

  @Nested
  class Values {

    @Test
    void reportsDuplicateUrlsIgnoringHostCase() {
      assertThat(problems("duplicate-url.yml"))
          .containsExactly(
              "5:10: duplicate url 'https://EXAMPLE.com/feed' (first at line 3)",
              "9:10: duplicate url 'sample:mpn-program-blog.xml' (first at line 7)");
    }

    @Test
    void acceptsOnlyHttpUrlsAndSamples() {
      var hint = "use an http(s) URL or sample:NAME";
      assertThat(problems("url-not-http.yml"))
          .containsExactly(
              "3:10: bad url 'ftp://example.com/feed.xml': " + hint,
              "5:10: bad url 'file:///etc/passwd': " + hint,
              "7:10: bad url '/feed.xml': " + hint,
              "9:10: bad url 'https:///feed': it has no host name",
              "11:10: bad url 'https://example.com/a feed': Illegal character in path");
    }

    @Test
    void acceptsOnlySamplesThatAreBundled() {
      assertThat(problems("unknown-sample.yml"))
          .containsExactly(
              "3:10: no bundled sample named 'mpn-program-blog.rss'; samples are the files in"
                  + " src/main/resources/samples",
              "5:10: bad url 'sample:../application.yml': use an http(s) URL or sample:NAME");
    }

    @Test
    void reportsUnknownGroupWithSuggestionOrTheKnownOnes() {
      assertThat(problems("unknown-group.yml"))
          .containsExactly(
              "7:12: unknown group 'microsft' (did you mean 'microsoft'?)",
              "10:12: unknown group 'vendors'; known groups: microsoft");
    }

    @Test
    void reportsBadOrMissingTier() {
      assertThat(problems("bad-tier.yml"))
          .containsExactly(
              "3:11: bad tier 'offical': use official or community (did you mean 'official'?)",
              "5:11: bad tier 'gold': use official or community",
              "6:5: group 'no-tier' has no 'tier'");
    }

    @Test
    void reportsBadAndNonPositiveDurations() {
      var forms = "use 30m, 1h, 2h30m, 90s, 1d or ISO-8601 such as PT1H";
      assertThat(problems("bad-duration.yml"))
          .containsExactly(
              "4:14: bad duration '90' for 'refresh': " + forms,
              "7:14: bad duration 'every hour' for 'refresh': " + forms,
              "10:14: 'refresh' must be positive, found '0m'",
              "13:14: 'refresh' must be positive, found 'PT-1H'");
    }

    @Test
    void reportsBadEnabledFlagAndNestedTag() {
      assertThat(problems("bad-enabled-and-tags.yml"))
          .containsExactly(
              "4:14: bad value 'yes' for 'enabled': use true or false",
              "5:16: expected a tag to be a single value, found a list");
    }

    @Test
    void reportsWrongNodeTypes() {
      assertThat(problems("wrong-node-types.yml"))
          .containsExactly(
              "1:9: expected 'groups' as a list, found 'microsoft'",
              "4:10: expected 'url' to be a single value, found a list",
              "5:11: expected 'tags' as a list, found 'announcements'",
              "6:5: expected a feed as a mapping of key, url, title, group, tags, enabled, refresh,"
                  + " found 'just a string'",
              "8:3: expected 'topics' as a list, found a mapping (key: value pairs)",
              "10:5: expected a synonym set as a list, found 'MPN'");
    }

    @Test
    void reportsShortSynonymSetsAndEmptyTerms() {
      assertThat(problems("short-synonym-set.yml"))
          .containsExactly(
              "2:5: a synonym set needs at least two terms, found only 'MPN'",
              "3:5: a synonym set needs at least two terms, found only 'CSP'",
              "3:11: an empty synonym term");
    }
  }

  @Nested
  class TopicQueries {

    @Test
    void reportsEmptyOrMissingQuery() {
      assertThat(problems("empty-topic-query.yml"))
          .containsExactly(
              "4:12: topic 'blank' has an empty query; write the words or phrases it matches",
              "5:5: topic 'missing' has no 'query'");
    }

    @Test
    void pointsAtTheUnbalancedQuoteOrParenthesis() {
      assertThat(problems("unbalanced-topic-query.yml"))
          .containsExactly(
              "3:23: query of topic 'open-quote': unclosed '\"': a phrase needs a closing quote",
              "5:12: query of topic 'open-paren': '(' is never closed",
              "7:20: query of topic 'extra-paren': ')' without a matching '('");
    }
  }
}
