package org.partnerdigest.content;

/**
 * One feed listed in an OPML file (an {@code <outline>} with an {@code xmlUrl}).
 *
 * @param title its {@code title}, else its {@code text}; may be blank
 * @param xmlUrl the feed's URL as written
 * @param htmlUrl the site's URL, or {@code null}
 * @param category the {@code text} of the nearest enclosing outline that is not a feed (a folder),
 *     or {@code null}
 */
public record OpmlOutline(String title, String xmlUrl, String htmlUrl, String category) {}
