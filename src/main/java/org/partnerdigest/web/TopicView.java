package org.partnerdigest.web;

/**
 * A topic as {@code /api/topics} and the pages show it.
 *
 * @param query the editor's definition in the user search syntax
 * @param entryCount how many indexed entries carry the topic
 */
record TopicView(String key, String title, String query, long entryCount) {}
