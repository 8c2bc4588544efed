package org.partnerdigest.catalog;

import java.util.List;

/** What became of a proposed change to {@code feeds.yml}: reviewable, saved, or why not. */
public sealed interface EditOutcome {

  /**
   * Valid and ready to save: the editor reviews the diff.
   *
   * @param diff unified diff lines, see {@link Saved#diff()}
   */
  record Ready(String description, List<String> diff) implements EditOutcome {}

  /**
   * Written and applied.
   *
   * @param diff unified diff lines: headers ({@code ---}, {@code +++}), hunks ({@code @@}), and
   *     lines starting with a space, {@code -} or {@code +}
   */
  record Saved(String description, List<String> diff) implements EditOutcome {}

  /** The changed file would not validate; nothing is written. */
  record Invalid(String description, List<String> diff, List<CatalogProblem> problems)
      implements EditOutcome {}

  /** The file changed on disk since the editor's page was opened; nothing is written. */
  record Stale(String message) implements EditOutcome {}

  /** The change cannot be made as asked (see the message); nothing is written. */
  record Refused(String message) implements EditOutcome {}
}
