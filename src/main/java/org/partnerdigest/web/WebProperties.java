package org.partnerdigest.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the site needs to know about itself ({@code partner-digest.*}).
 *
 * @param publicUrl the base of absolute links in Atom feeds and OPML
 */
@ConfigurationProperties("partner-digest")
record WebProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {

  /** An absolute URL for a path such as {@code /topics/renewals}, without a doubled slash. */
  String absolute(String pathAndQuery) {
    String base = publicUrl.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + pathAndQuery;
  }
}
