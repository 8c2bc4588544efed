package org.partnerdigest.web;

import java.util.List;

/**
 * A result or entry as the pages show it.
 *
 * @param snippet HTML whose only tags are {@code <mark>} (from the search module); the only value
 *     templates render unescaped
 * @param link the original post, only when it is an http(s) URL ({@link HttpLinks}); else null
 * @param published ISO date-time for {@code <time datetime>}, or null
 * @param publishedText the same date for people, e.g. "25 Nov 2026"
 */
record HitView(
    String id,
    String title,
    String link,
    String feedKey,
    String feedTitle,
    boolean official,
    String author,
    String published,
    String publishedText,
    String snippet,
    List<LinkView> topics,
    List<String> alsoIn) {}
