package org.partnerdigest.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.FeedProfile;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.catalog.Group;
import org.partnerdigest.catalog.SynonymSet;
import org.partnerdigest.catalog.Topic;

/**
 * What the index derives from one catalog and its {@link Ranking}: the analyzer, the query parser
 * with its synonyms, relevance feedback, the topic tagger, feed lookups, and a fingerprint of
 * everything that changes what is indexed (analyzer and its stop words and stemmer, synonyms, topic
 * definitions); a new fingerprint means reindex.
 */
record SearchCatalog(
    Catalog catalog,
    Ranking ranking,
    Analyzer analyzer,
    UserQueryParser parser,
    RelevanceFeedback feedback,
    TopicTagger tagger,
    Map<String, FeedProfile> profiles,
    String fingerprint) {

  static SearchCatalog of(Catalog catalog, Ranking ranking) {
    Analyzer analyzer = ranking.analyzer();
    TextQueries text = new TextQueries(analyzer, ranking);
    SynonymTable synonyms =
        ranking.synonyms()
            ? SynonymTable.of(catalog.synonyms(), text)
            : SynonymTable.of(List.of(), text);
    UserQueryParser parser = new UserQueryParser(text, synonyms);
    TopicTagger tagger = TopicTagger.of(catalog.topics(), parser, analyzer);
    return new SearchCatalog(
        catalog,
        ranking,
        analyzer,
        parser,
        new RelevanceFeedback(ranking, text),
        tagger,
        profilesByKey(catalog),
        fingerprint(catalog, ranking));
  }

  /** The feed's profile; a key the catalog no longer lists gets a bare one (title = key). */
  FeedProfile profile(String feedKey) {
    FeedProfile profile = profiles.get(feedKey);
    return profile != null ? profile : FeedProfile.unlisted(feedKey);
  }

  /**
   * Every indexed document looks its feed up; the catalog's own lookup walks the feed list, a cost
   * that grows with the number of feeds (issue 13: 1 % of ingest at 1,000 feeds).
   */
  private static Map<String, FeedProfile> profilesByKey(Catalog catalog) {
    Map<String, FeedProfile> profiles = new HashMap<>();
    for (FeedProfile profile : catalog.profiles()) {
      profiles.putIfAbsent(profile.source().key(), profile);
    }
    return Map.copyOf(profiles);
  }

  private static String fingerprint(Catalog catalog, Ranking ranking) {
    StringBuilder text = new StringBuilder(ranking.indexVersion()).append('\n');
    for (SynonymSet set : catalog.synonyms()) {
      text.append("syn:").append(String.join("\u001f", set.terms())).append('\n');
    }
    for (Topic topic : catalog.topics()) {
      text.append("topic:").append(topic.key()).append('=').append(topic.query()).append('\n');
    }
    // groups and tiers are indexed per entry too, so changing them also needs a rebuild
    for (FeedSource feed : catalog.feeds()) {
      text.append("feed:").append(feed.key()).append('=').append(feed.group()).append(feed.tags());
      text.append('/').append(feed.title()).append('\n');
    }
    for (Group group : catalog.groups()) {
      text.append("group:").append(group.key()).append('=').append(group.tier()).append('\n');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
