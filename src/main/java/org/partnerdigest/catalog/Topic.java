package org.partnerdigest.catalog;

/** An editor-defined topic: entries matching {@code query} (the user search syntax) are tagged. */
public record Topic(String key, String title, String query) {}
