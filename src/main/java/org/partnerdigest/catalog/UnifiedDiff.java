package org.partnerdigest.catalog;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The unified diff (three lines of context) an editor reviews before a change is saved. */
final class UnifiedDiff {

  private UnifiedDiff() {}

  /**
   * The diff's lines: {@code ---}/{@code +++} headers, {@code @@} hunks, then {@code ' '}, {@code
   * -}, {@code +} lines.
   */
  static List<String> between(String name, String before, String after) {
    List<String> old = before.lines().toList();
    List<String> changed = after.lines().toList();
    return UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + name, "b/" + name, old, DiffUtils.diff(old, changed), 3);
  }
}
