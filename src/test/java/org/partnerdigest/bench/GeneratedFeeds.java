package org.partnerdigest.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded feeds for the benchmark: the same seed and index always give the same feed, so runs and
 * the bare baseline see identical input. Feeds rotate through RSS 2.0, Atom and JSON Feed; each
 * entry has a title, author, date, one to three categories and 0.5–5 KB of HTML with paragraphs,
 * links (some with tracking parameters), images and lists. Words follow a skewed distribution over
 * a vocabulary that includes the shipped catalog's topic words, so topics and synonyms match.
 */
public final class GeneratedFeeds {

  /** The formats a feed can be served in. */
  public enum Format {
    RSS,
    ATOM,
    JSON
  }

  /** One generated entry; {@code html} is the content as the source would send it. */
  public record Entry(
      String id,
      String title,
      String link,
      String author,
      Instant published,
      List<String> categories,
      String summary,
      String html) {}

  /** One generated feed. */
  public record Feed(int index, Format format, String title, List<Entry> entries) {}

  private static final Instant NEWEST = Instant.parse("2026-11-30T12:00:00Z");

  /** Common words first; the skewed draw favours the front of the list. */
  private static final String[] COMMON =
      ("the partner program customer cloud azure microsoft solution benefits renewal update new"
              + " account center change support license offer marketplace security data business"
              + " service team sales plan price billing credit incentive designation specialization"
              + " competency deadline retirement agreement tenant subscription invoice report workshop"
              + " training exam certification skill requirement score capability growth revenue"
              + " customer deployment migration workload analytics copilot ai model platform tool"
              + " developer app isv csp reseller distributor direct indirect co-sell referral lead"
              + " opportunity pipeline campaign event webinar guide blog announcement preview release"
              + " general availability roadmap policy compliance privacy identity access portal"
              + " dashboard api integration contract term annual monthly commerce provider private"
              + " multiparty appsource listing publisher payout rebate earnings myth misconception")
          .split(" ");

  private static final String[] SYLLABLES =
      "ka lo mi ne ra so tu ve xi za bel cor dan fen gor hal jin kem lor mar nor pel qua rin"
          .split(" ");

  private static final String[] PHRASES = {
    "Microsoft AI Cloud Partner Program",
    "Microsoft Partner Network",
    "action pack",
    "anniversary date",
    "internal use rights",
    "private offer",
    "new commerce",
    "partner capability score",
    "end of support",
    "Azure credits",
    "Solutions Partner"
  };

  private static final String[] AUTHORS = {
    "Jane Doe", "Ravi Patel", "Maria Garcia", "Chen Wei", "Olu Adeyemi", "Anna Kowalska"
  };

  private static final String[] CATEGORIES = {
    "News", "Licensing", "Marketplace", "Security", "Events", "Programs", "Incentives", "AI"
  };

  private GeneratedFeeds() {}

  /** Feed {@code index} of the set generated from {@code seed}, with {@code entries} entries. */
  public static Feed feed(long seed, int index, int entries) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    Format format = Format.values()[index % Format.values().length];
    List<Entry> list = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      list.add(entry(random, index, i));
    }
    return new Feed(index, format, "Generated source " + index, list);
  }

  private static Entry entry(SplittableRandom random, int feed, int i) {
    String title = capitalized(sentence(random, 4 + random.nextInt(6)));
    String link = "https://news" + feed % 50 + ".example.com/posts/" + feed + "/" + i;
    List<String> categories = new ArrayList<>();
    for (int c = 0, n = 1 + random.nextInt(3); c < n; c++) {
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      if (!categories.contains(category)) {
        categories.add(category);
      }
    }
    Instant published = NEWEST.minus(random.nextLong(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
    String summary = capitalized(sentence(random, 15 + random.nextInt(20))) + ".";
    return new Entry(
        "urn:bench:" + feed + ":" + i,
        title,
        link,
        AUTHORS[random.nextInt(AUTHORS.length)],
        published,
        List.copyOf(categories),
        summary,
        html(random, 500 + random.nextInt(4_500)));
  }

  /** HTML of about {@code size} characters: paragraphs, links, images, lists and emphasis. */
  public static String html(SplittableRandom random, int size) {
    StringBuilder out = new StringBuilder(size + 400);
    while (out.length() < size) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        out.append("<p>").append(capitalized(sentence(random, 10 + random.nextInt(25))));
        if (random.nextInt(3) == 0) {
          out.append(" <a href=\"")
              .append(random.nextBoolean() ? "https://learn.example.com/" : "/articles/")
              .append(word(random))
              .append(random.nextInt(4) == 0 ? "?utm_source=feed&amp;id=7" : "")
              .append("\">")
              .append(sentence(random, 2 + random.nextInt(3)))
              .append("</a>");
        }
        if (random.nextInt(4) == 0) {
          out.append(" <strong>").append(sentence(random, 2)).append("</strong>");
        }
        out.append(". ")
            .append(capitalized(sentence(random, 5 + random.nextInt(15))))
            .append(".</p>\n");
      } else if (kind < 8) {
        out.append("<ul>");
        for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
          out.append("<li>").append(sentence(random, 3 + random.nextInt(8))).append("</li>");
        }
        out.append("</ul>\n");
      } else if (kind == 8) {
        out.append("<figure><img src=\"https://img.example.com/")
            .append(random.nextInt(100_000))
            .append(".png\" alt=\"")
            .append(sentence(random, 3))
            .append("\" width=\"640\" height=\"360\" class=\"wp-image\"><figcaption>")
            .append(sentence(random, 4))
            .append("</figcaption></figure>\n");
      } else {
        out.append("<h3>")
            .append(capitalized(sentence(random, 3 + random.nextInt(4))))
            .append("</h3>\n");
      }
    }
    return out.toString();
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(' ');
      }
      if (random.nextInt(40) == 0) {
        out.append(PHRASES[random.nextInt(PHRASES.length)]);
      } else {
        out.append(word(random));
      }
    }
    return out.toString();
  }

  /**
   * Two thirds from the common list (skewed to its front), the rest a long tail of made-up words.
   */
  private static String word(SplittableRandom random) {
    if (random.nextInt(3) > 0) {
      double skew = random.nextDouble();
      return COMMON[(int) (skew * skew * COMMON.length)];
    }
    int n = (int) (Math.pow(random.nextDouble(), 2) * 20_000) + random.nextInt(20);
    StringBuilder word = new StringBuilder();
    for (int s = 0; s < 2 + n % 3; s++) {
      word.append(SYLLABLES[(n / (s * 7 + 1)) % SYLLABLES.length]);
    }
    return word.toString();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
