package org.partnerdigest.web;

import org.partnerdigest.search.IndexedEntry;
import org.partnerdigest.search.SearchResults.Hit;
import org.springframework.boot.jackson.JacksonMixin;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.util.StdConverter;

/**
 * The {@code link} of a search hit and of an entry leaves the JSON API only when it is an http(s)
 * URL ({@link HttpLinks}); otherwise it is {@code null}. A Jackson mix-in, so the search module's
 * records keep their shape and the check has one owner.
 */
@JacksonMixin({Hit.class, IndexedEntry.class})
abstract class ApiLinks {

  @JsonSerialize(converter = HttpOnly.class)
  abstract String link();

  static final class HttpOnly extends StdConverter<String, String> {

    @Override
    public String convert(String link) {
      return HttpLinks.only(link);
    }
  }
}
