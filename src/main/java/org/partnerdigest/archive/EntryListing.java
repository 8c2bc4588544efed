package org.partnerdigest.archive;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The editors' view of the archive: live entries (hidden ones included) by feed and editor flag,
 * newest first, a page at a time — what {@code /admin/entries} lists, since hidden entries are no
 * longer in the search index.
 */
@Component
public class EntryListing {

  private final JdbcClient jdbc;

  EntryListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param page 1-based; a page past the end is empty
   * @param size entries per page, at least 1
   */
  public EntryPage list(EntryFilter filter, int page, int size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException(
          "page and size must be at least 1, were " + page + " and " + size);
    }
    List<Object> params = new ArrayList<>();
    String where = where(filter, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM entry" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) (page - 1) * size);
    List<ArchivedEntry> entries =
        jdbc.sql(
                "SELECT "
                    + EntryRows.COLUMNS
                    + " FROM entry"
                    + where
                    + " ORDER BY COALESCE(published, first_seen) DESC, seq DESC LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(EntryRows.MAPPER)
            .list();
    return new EntryPage(entries, page, size, total);
  }

  private static String where(EntryFilter filter, List<Object> params) {
    StringBuilder where = new StringBuilder(" WHERE deleted = ?");
    params.add(false);
    if (filter.feedKey() != null) {
      where.append(" AND feed_key = ?");
      params.add(filter.feedKey());
    }
    switch (filter.state()) {
      case VISIBLE -> {
        where.append(" AND hidden = ?");
        params.add(false);
      }
      case HIDDEN -> {
        where.append(" AND hidden = ?");
        params.add(true);
      }
      case PINNED -> {
        where.append(" AND pinned = ?");
        params.add(true);
      }
      case ALL -> {}
    }
    return where.toString();
  }
}
