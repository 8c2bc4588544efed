package org.partnerdigest.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnerdigest.catalog.SynonymSet;

/**
 * The catalog's synonym sets, analyzed once: each member is a token sequence, so "MPN" and
 * "Microsoft AI Cloud Partner Program" can be recognized in a query and expanded into each other.
 */
final class SynonymTable {

  /** A member of a set, as analyzed tokens, and the whole set it belongs to. */
  record Member(List<String> tokens, List<List<String>> set) {}

  private final List<Member> membersLongestFirst;

  private SynonymTable(List<Member> members) {
    this.membersLongestFirst = members;
  }

  static SynonymTable empty() {
    return new SynonymTable(List.of());
  }

  static SynonymTable of(List<SynonymSet> sets, TextQueries text) {
    List<Member> members = new ArrayList<>();
    for (SynonymSet set : sets) {
      List<List<String>> analyzed =
          set.terms().stream()
              .map(t -> text.analyze(IndexFields.BODY, t))
              .filter(tokens -> !tokens.isEmpty())
              .distinct()
              .toList();
      if (analyzed.size() > 1) {
        analyzed.forEach(tokens -> members.add(new Member(tokens, analyzed)));
      }
    }
    members.sort(Comparator.comparingInt((Member m) -> m.tokens().size()).reversed());
    return new SynonymTable(List.copyOf(members));
  }

  /** The longest member that starts at {@code from} in {@code tokens}, or {@code null}. */
  Member matchAt(List<String> tokens, int from) {
    for (Member member : membersLongestFirst) {
      int size = member.tokens().size();
      if (from + size <= tokens.size()
          && tokens.subList(from, from + size).equals(member.tokens())) {
        return member;
      }
    }
    return null;
  }

  /** The set {@code tokens} is exactly a member of, or {@code null}. */
  List<List<String>> setOf(List<String> tokens) {
    for (Member member : membersLongestFirst) {
      if (member.tokens().equals(tokens)) {
        return member.set();
      }
    }
    return null;
  }
}
