package org.partnerdigest.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an edition holds, composed once when it is cut and stored as JSON: the pinned entries with
 * the editor's notes, then one section per topic with its entries best first (the misconceptions
 * section first), then the entries no topic matched. Each subscriber gets a {@link #forTopics} view
 * of it.
 */
record EditionContent(List<Pinned> pinned, List<Section> sections) {

  static final String MISCONCEPTIONS = "misconceptions";
  static final EditionContent EMPTY = new EditionContent(List.of(), List.of());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  EditionContent {
    pinned = List.copyOf(pinned);
    sections = List.copyOf(sections);
  }

  /** A pinned entry, its editor's note ({@code null} when none) and the topics it carries. */
  record Pinned(String id, String note, List<String> topics) {}

  /** A topic's entries best first; {@code topic} is {@code null} for entries without a topic. */
  record Section(String topic, String title, List<String> ids) {

    boolean misconceptions() {
      return MISCONCEPTIONS.equals(topic);
    }
  }

  /**
   * The part a subscriber of {@code topics} (empty: every topic) receives: pinned entries and
   * sections of their topics, each entry once (where it first appears). Entries without a topic go
   * only to those who follow everything.
   */
  EditionContent forTopics(Collection<String> topics) {
    boolean everything = topics.isEmpty();
    Set<String> seen = new HashSet<>();
    List<Pinned> keptPins = new ArrayList<>();
    for (Pinned pin : pinned) {
      if ((everything || pin.topics().stream().anyMatch(topics::contains)) && seen.add(pin.id())) {
        keptPins.add(pin);
      }
    }
    List<Section> keptSections = new ArrayList<>();
    for (Section section : sections) {
      boolean wanted =
          section.topic() == null ? everything : everything || topics.contains(section.topic());
      if (wanted) {
        List<String> ids = section.ids().stream().filter(seen::add).toList();
        if (!ids.isEmpty()) {
          keptSections.add(new Section(section.topic(), section.title(), ids));
        }
      }
    }
    return new EditionContent(keptPins, keptSections);
  }

  boolean nothing() {
    return pinned.isEmpty() && sections.stream().allMatch(s -> s.ids().isEmpty());
  }

  /** Entries in the misconceptions section. */
  int misconceptions() {
    return sections.stream().filter(Section::misconceptions).mapToInt(s -> s.ids().size()).sum();
  }

  /** Distinct entries in total. */
  int entries() {
    Set<String> ids = new HashSet<>();
    pinned.forEach(p -> ids.add(p.id()));
    sections.forEach(s -> ids.addAll(s.ids()));
    return ids.size();
  }

  String toJson() {
    return JSON.writeValueAsString(this);
  }

  static EditionContent fromJson(String json) {
    return JSON.readValue(json, EditionContent.class);
  }
}
