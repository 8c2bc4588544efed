package org.partnerdigest.web;

import java.util.List;

/**
 * The page of one entry inside the site.
 *
 * @param entry title, source, date, author, topics and the link to the original (null unless
 *     http(s), {@link HttpLinks})
 * @param content the entry's cleaned HTML (the content module's allowlist, cleaned again on the way
 *     out); the only unescaped value of the page
 * @param related posts about the same things, best first
 */
record EntryPageView(HitView entry, String content, List<HitView> related) {}
