package org.partnerdigest.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans adding feeds found elsewhere (an OPML file, a tried URL): a key made from each title,
 * unique in the catalog, and each feed the catalog already lists (same URL, compared as the
 * validator compares them) marked as a duplicate rather than added twice.
 */
public final class FeedImport {

  /** Longest generated key; the rest of a long title is cut at a word. */
  private static final int KEY_LENGTH = 40;

  /** A feed to add, as found. */
  public record Candidate(String title, String url) {}

  /**
   * What adding it would mean.
   *
   * @param duplicateOf the key of the feed already listing this URL, or a note that the same URL
   *     came earlier in the list; {@code null} when the feed is new
   */
  public record Planned(String key, String url, String title, String duplicateOf) {
    public boolean duplicate() {
      return duplicateOf != null;
    }
  }

  private FeedImport() {}

  public static List<Planned> plan(Catalog catalog, List<Candidate> candidates) {
    Map<String, String> listed = new HashMap<>();
    catalog.feeds().forEach(f -> listed.put(FeedUrls.normalized(f.url().toString()), f.key()));
    Set<String> taken = new HashSet<>();
    catalog.feeds().forEach(f -> taken.add(f.key()));
    Set<String> seen = new HashSet<>();
    List<Planned> planned = new ArrayList<>();
    for (Candidate c : candidates) {
      String normalized = FeedUrls.normalized(c.url());
      String title = c.title() == null ? "" : c.title().strip();
      String duplicateOf =
          listed.containsKey(normalized)
              ? listed.get(normalized)
              : seen.contains(normalized) ? "an earlier line of this list" : null;
      seen.add(normalized);
      String key = duplicateOf == null ? key(title, c.url(), taken) : null;
      if (key != null) {
        taken.add(key);
      }
      planned.add(new Planned(key, c.url().strip(), title, duplicateOf));
    }
    return planned;
  }

  /** The key of the catalog feed with this URL, if any. */
  public static Optional<String> listedAs(Catalog catalog, String url) {
    String normalized = FeedUrls.normalized(url);
    return catalog.feeds().stream()
        .filter(f -> FeedUrls.normalized(f.url().toString()).equals(normalized))
        .map(FeedSource::key)
        .findFirst();
  }

  /**
   * A key made from the title (else the URL's host), unique among {@code taken}: lower-case letters
   * and digits joined by '-', accents dropped, e.g. "Café Partner News" → {@code
   * cafe-partner-news}, then {@code cafe-partner-news-2}.
   */
  public static String key(String title, String url, Set<String> taken) {
    String base = slug(title);
    if (base.isEmpty()) {
      base = slug(host(url).replaceFirst("^www\\.", ""));
    }
    if (base.isEmpty()) {
      base = "feed";
    }
    String key = base;
    for (int n = 2; taken.contains(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }

  private static String slug(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > KEY_LENGTH) {
      int cut = slug.lastIndexOf('-', KEY_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : KEY_LENGTH);
    }
    return slug;
  }

  private static String host(String url) {
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
