package org.partnerdigest.content;

import org.jsoup.safety.Safelist;

/**
 * The one allowlist for feed HTML. Everything not named here is dropped by the Jsoup cleaner
 * (unknown elements are unwrapped, keeping their text; {@link ActiveContent} removes the dangerous
 * ones together with their content beforehand).
 *
 * <p>No {@code style}, {@code class} or {@code id}: inline CSS can overlay or hide content, load
 * trackers through {@code url()} and is the most common filter-evasion channel, while our pages
 * style entries themselves. No {@code target}: links open in the same tab, and every link gets
 * {@code rel="noopener noreferrer"} so a destination learns neither our page nor gets a handle to
 * it. Which schemes a URL may have is {@link Links}' decision.
 */
final class ContentSafelist {

  static final Safelist SAFELIST = build();

  private ContentSafelist() {}

  private static Safelist build() {
    return new Safelist()
        .addTags(
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "b",
            "i",
            "u",
            "s",
            "sub",
            "sup",
            "small",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "caption",
            "figure",
            "figcaption",
            "img",
            "a",
            "span",
            "div",
            "abbr",
            "cite",
            "q",
            "mark",
            "time",
            "del",
            "ins")
        .addAttributes(":all", "title", "lang", "dir")
        .addAttributes("a", "href")
        .addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height")
        .addAttributes("blockquote", "cite")
        .addAttributes("q", "cite")
        .addAttributes("del", "cite", "datetime")
        .addAttributes("ins", "cite", "datetime")
        .addAttributes("time", "datetime")
        .addAttributes("ol", "start", "reversed", "type")
        .addAttributes("ul", "type")
        .addAttributes("li", "value")
        .addAttributes("td", "colspan", "rowspan", "headers")
        .addAttributes("th", "colspan", "rowspan", "headers", "scope", "abbr")
        .addProtocols("a", "href", Links.CONTENT_LINK_SCHEMES)
        .addProtocols("img", "src", Links.WEB_SCHEMES)
        .addProtocols("blockquote", "cite", Links.WEB_SCHEMES)
        .addProtocols("q", "cite", Links.WEB_SCHEMES)
        .addProtocols("del", "cite", Links.WEB_SCHEMES)
        .addProtocols("ins", "cite", Links.WEB_SCHEMES)
        .addEnforcedAttribute("a", "rel", "noopener noreferrer")
        .addEnforcedAttribute("img", "loading", "lazy")
        .preserveRelativeLinks(false);
  }
}
