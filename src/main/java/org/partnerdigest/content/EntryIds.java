package org.partnerdigest.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stable entry identity (DESIGN.md invariant 3). An entry's id is a short URL-safe hash of its feed
 * key and the first discriminator that is present and unique within the document: the guid, else
 * the link, else the title with the published date. So a feed that repeats one guid for different
 * posts still yields one id per post, and the same post seen again gets the same id.
 */
public final class EntryIds {

  private static final int ID_BYTES = 12;

  private EntryIds() {}

  /** The id for one discriminator (such as {@code "guid:" + guid}) of an entry of a feed. */
  public static String id(String feedKey, String discriminator) {
    byte[] digest = sha256(Objects.requireNonNullElse(feedKey, "") + '\u0000' + discriminator);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, ID_BYTES));
  }

  /** Identity inputs of one entry; any may be {@code null}. */
  public record Key(String guid, String link, String title, Instant published) {}

  /** Ids for every entry of one document, in order, applying the uniqueness fallbacks. */
  public static List<String> assign(String feedKey, List<Key> keys) {
    Map<String, Integer> guids = counts(keys.stream().map(Key::guid).toList());
    Map<String, Integer> links = counts(keys.stream().map(Key::link).toList());
    List<String> ids = new ArrayList<>(keys.size());
    for (Key k : keys) {
      String discriminator;
      if (k.guid() != null && guids.get(k.guid()) == 1) {
        discriminator = "guid:" + k.guid();
      } else if (k.link() != null && links.get(k.link()) == 1) {
        discriminator = "link:" + k.link();
      } else {
        discriminator = "title:" + Objects.toString(k.title(), "") + '|' + k.published();
      }
      ids.add(id(feedKey, discriminator));
    }
    return ids;
  }

  /**
   * A hash of everything a reader sees of an entry; when it differs from the archived one, the
   * entry changed and is updated in place.
   */
  public static String contentHash(
      String title,
      String link,
      String author,
      Instant published,
      Instant updated,
      String summary,
      String content,
      List<String> categories) {
    String joined =
        String.join(
            "\u0000",
            Objects.toString(title, ""),
            Objects.toString(link, ""),
            Objects.toString(author, ""),
            Objects.toString(published, ""),
            Objects.toString(updated, ""),
            Objects.toString(summary, ""),
            Objects.toString(content, ""),
            String.join("\u0001", categories));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(joined));
  }

  private static Map<String, Integer> counts(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    values.stream().filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
