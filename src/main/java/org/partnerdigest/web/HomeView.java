package org.partnerdigest.web;

import java.util.List;

/**
 * The home page: the week's entries grouped by topic.
 *
 * @param lastWeek false when nothing arrived in the last seven days and the latest entries are
 *     shown instead
 */
record HomeView(boolean lastWeek, int entryCount, List<Section> sections) {

  /** Entries of one topic; {@code href} is null for the section of entries without a topic. */
  record Section(String title, String href, List<HitView> entries) {}
}
