package org.partnerdigest.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchQuery.Sort;

/**
 * The search parameters exactly as a request gave them, before validation. Kept as strings so that
 * a bad value becomes a message a person can act on rather than a binding error; the pages also use
 * them to build facet, sort and page links that keep the other parameters.
 *
 * @param page 1-based, as documented for {@code /api/search}; 0 also means the first page
 * @param verbatim {@code true} to search the words as typed even when they find nothing (the
 *     "search instead for" link of a corrected search); otherwise a query that finds nothing is
 *     answered with the results of its spelling suggestion
 */
record SearchParameters(
    String q,
    String feed,
    String group,
    String topic,
    String author,
    String from,
    String to,
    String sort,
    String page,
    String size,
    String verbatim) {

  /**
   * Every value loses the characters XML cannot carry ({@link XmlText}) here, where a request
   * becomes a query: an ESC or NUL typed into a search cannot break the saved-search Atom feed that
   * echoes it, nor reach the index or the log.
   */
  SearchParameters {
    q = clean(q);
    feed = clean(feed);
    group = clean(group);
    topic = clean(topic);
    author = clean(author);
    from = clean(from);
    to = clean(to);
    sort = clean(sort);
    page = clean(page);
    size = clean(size);
    verbatim = clean(verbatim);
  }

  /** Only a query, everything else defaulted. */
  static SearchParameters of(String q) {
    return new SearchParameters(q, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The validated query for the search module; its page is 0-based.
   *
   * @throws InvalidParameterException naming the first parameter that cannot be used
   */
  SearchQuery toQuery() {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new InvalidParameterException(
          "from (" + fromDate + ") must not be after to (" + toDate + ")");
    }
    int pageNumber = number("page", page, 1);
    if (pageNumber < 0) {
      throw new InvalidParameterException(
          "page must not be negative (the first page is 1), was " + page);
    }
    // Clients used to 0-based paging ask for page=0 first; it is the first page here too.
    pageNumber = Math.max(pageNumber, 1);
    // the size's bounds, like every other limit, are the search's to check (QueryLimits)
    int pageSize = number("size", size, SearchQuery.DEFAULT_SIZE);
    return new SearchQuery(
        q, feed, group, topic, author, fromDate, toDate, sortOrder(), pageNumber - 1, pageSize);
  }

  /** The sort asked for; relevance when none. */
  Sort sortOrder() {
    if (sort == null) {
      return Sort.RELEVANCE;
    }
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> Sort.RELEVANCE;
      case "date" -> Sort.DATE;
      default ->
          throw new InvalidParameterException(
              "sort must be 'relevance' or 'date', was '" + sort + "'");
    };
  }

  SearchParameters withFilter(String name, String value) {
    return new SearchParameters(
        q,
        name.equals("feed") ? value : feed,
        name.equals("group") ? value : group,
        name.equals("topic") ? value : topic,
        name.equals("author") ? value : author,
        name.equals("year") ? yearStart(value) : from,
        name.equals("year") ? yearEnd(value) : to,
        sort,
        null,
        size,
        verbatim);
  }

  SearchParameters withSort(String value) {
    return new SearchParameters(
        q, feed, group, topic, author, from, to, value, null, size, verbatim);
  }

  SearchParameters withPage(int value) {
    return new SearchParameters(
        q,
        feed,
        group,
        topic,
        author,
        from,
        to,
        sort,
        value == 1 ? null : String.valueOf(value),
        size,
        verbatim);
  }

  /** The same search of the words as typed, never corrected. */
  SearchParameters asTyped() {
    return new SearchParameters(q, feed, group, topic, author, from, to, sort, null, size, "true");
  }

  /** The same search with other words, corrected when they find nothing. */
  SearchParameters withText(String text) {
    return new SearchParameters(text, feed, group, topic, author, from, to, sort, null, size, null);
  }

  /**
   * Whether the words are searched as typed even when they find nothing.
   *
   * @throws InvalidParameterException when {@code verbatim} is neither {@code true} nor {@code
   *     false}
   */
  boolean isVerbatim() {
    if (verbatim == null) {
      return false;
    }
    return switch (verbatim.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidParameterException(
              "verbatim must be 'true' or 'false', was '" + verbatim + "'");
    };
  }

  /** The filters and sort that a new query typed into the search box keeps. */
  public Map<String, String> keptFilters() {
    Map<String, String> kept = new LinkedHashMap<>();
    BiConsumer<String, String> keep =
        (name, value) -> {
          if (value != null) {
            kept.put(name, value);
          }
        };
    keep.accept("feed", feed);
    keep.accept("group", group);
    keep.accept("topic", topic);
    keep.accept("author", author);
    keep.accept("from", from);
    keep.accept("to", to);
    keep.accept("sort", sort);
    return kept;
  }

  /** The year a {@code from}/{@code to} pair spans exactly, or null. */
  String year() {
    if (from != null && to != null && from.length() == 10 && from.endsWith("-01-01")) {
      String y = from.substring(0, 4);
      return to.equals(y + "-12-31") ? y : null;
    }
    return null;
  }

  private static String yearStart(String year) {
    return year == null ? null : year + "-01-01";
  }

  private static String yearEnd(String year) {
    return year == null ? null : year + "-12-31";
  }

  private static LocalDate date(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name + " must be a date written as YYYY-MM-DD (e.g. 2026-01-31), was '" + value + "'");
    }
  }

  private static int number(String name, String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name + " must be a whole number, was '" + value + "'");
    }
  }

  private static String clean(String value) {
    String text = XmlText.of(value);
    return text == null || text.isBlank() ? null : text;
  }
}
