package org.partnerdigest.content;

/**
 * Cleaned HTML and its plain text, derived together from one tree.
 *
 * @param html the output of {@link HtmlSanitizer#clean}
 * @param text what {@link HtmlSanitizer#plainText} gives for {@code html}
 */
record SanitizedHtml(String html, String text) {}
