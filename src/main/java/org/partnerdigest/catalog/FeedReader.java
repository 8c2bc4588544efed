package org.partnerdigest.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code feeds} list: keys, URLs, group references, tags, flags and refresh. */
final class FeedReader {

  static final List<String> FEED =
      List.of("key", "url", "title", "group", "tags", "enabled", "refresh");

  private final Problems problems;
  private final List<String> groups;
  private final UniqueKeys keys;
  private final UniqueKeys urls;

  FeedReader(Problems problems, List<String> groups) {
    this.problems = problems;
    this.groups = groups;
    this.keys = new UniqueKeys("feed", problems);
    this.urls = new UniqueKeys("url", problems);
  }

  List<FeedSource> feeds(Node node) {
    var feeds = new ArrayList<FeedSource>();
    for (var item : Nodes.list(node, "'feeds'", problems)) {
      Fields.of(item, "a feed", FEED, problems).flatMap(this::feed).ifPresent(feeds::add);
    }
    return feeds;
  }

  private Optional<FeedSource> feed(Fields fields) {
    int before = problems.count();
    var key = CatalogReader.key(fields, keys, problems);
    var named = fields.what();
    var url = fields.required("url", named).flatMap(this::url);
    var title = fields.optional("title").map(Scalar::text).filter(t -> !t.isEmpty());
    var group = fields.optional("group").filter(this::knownGroup).map(Scalar::text);
    var tags = fields.value("tags").map(this::tags).orElse(List.of());
    var enabled = fields.optional("enabled").flatMap(this::flag).orElse(true);
    var refresh = fields.optional("refresh").flatMap(this::refresh);
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new FeedSource(
            key.orElseThrow(),
            url.orElseThrow(),
            title.orElse(null),
            group.orElse(null),
            tags,
            enabled,
            refresh.orElse(null)));
  }

  private Optional<URI> url(Scalar url) {
    var text = url.text();
    if (BundledSamples.name(text).isPresent()) {
      return bundled(url) && urls.claim(text, url.node(), "duplicate url '" + text + "'")
          ? Optional.of(URI.create(text))
          : Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      problems.at(url.node(), "bad url '" + text + "': " + e.getReason());
      return Optional.empty();
    }
    var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      problems.at(url.node(), "bad url '" + text + "': use an http(s) URL or sample:NAME");
      return Optional.empty();
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      problems.at(url.node(), "bad url '" + text + "': it has no host name");
      return Optional.empty();
    }
    return urls.claim(FeedUrls.normalized(uri), url.node(), "duplicate url '" + text + "'")
        ? Optional.of(uri)
        : Optional.empty();
  }

  /** A {@code sample:NAME} must name a file bundled under {@code samples/} (docs/samples.md). */
  private boolean bundled(Scalar url) {
    var name = BundledSamples.name(url.text()).orElseThrow();
    if (BundledSamples.exists(name)) {
      return true;
    }
    problems.at(
        url.node(),
        "no bundled sample named '"
            + name
            + "'; samples are the files in src/main/resources/samples");
    return false;
  }

  private boolean knownGroup(Scalar group) {
    if (groups.contains(group.text())) {
      return true;
    }
    var hint =
        DidYouMean.closest(group.text(), groups)
            .map(s -> " (did you mean '" + s + "'?)")
            .orElse(
                groups.isEmpty()
                    ? "; no groups are defined"
                    : "; known groups: " + String.join(", ", groups));
    problems.at(group.node(), "unknown group '" + group.text() + "'" + hint);
    return false;
  }

  private List<String> tags(Node node) {
    var tags = new LinkedHashSet<String>();
    for (var tag : Nodes.list(node, "'tags'", problems)) {
      Nodes.scalar(tag, "a tag", problems)
          .map(Scalar::text)
          .filter(t -> !t.isEmpty())
          .ifPresent(tags::add);
    }
    return List.copyOf(tags);
  }

  private Optional<Boolean> flag(Scalar flag) {
    return switch (flag.text().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        problems.at(
            flag.node(), "bad value '" + flag.text() + "' for 'enabled': use true or false");
        yield Optional.empty();
      }
    };
  }

  private Optional<Duration> refresh(Scalar refresh) {
    var duration = RefreshDuration.parse(refresh.text());
    if (duration.isEmpty()) {
      problems.at(
          refresh.node(),
          "bad duration '" + refresh.text() + "' for 'refresh': use " + RefreshDuration.EXAMPLES);
    } else if (duration.get().isNegative() || duration.get().isZero()) {
      problems.at(refresh.node(), "'refresh' must be positive, found '" + refresh.text() + "'");
      return Optional.empty();
    }
    return duration;
  }
}
