package org.partnerdigest.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the user syntax into a Lucene query. Plain words are optional clauses (documents matching
 * more of them score higher, none is dropped for missing one); phrases and field filters are
 * required; {@code -x} excludes; {@code OR} joins its neighbours; parentheses group. Parsing is a
 * loop over an explicit stack, so nesting depth cannot overflow the Java stack; groups deeper than
 * {@link #MAX_DEPTH} are flattened into their parent.
 */
final class UserQueryParser {

  static final int MAX_DEPTH = 16;

  private enum Kind {
    OPTIONAL,
    REQUIRED,
    FILTER,
    PROHIBITED
  }

  /**
   * @param either the alternatives when the item is a run of {@code a OR b OR c}, else empty
   */
  private record Item(Query query, Kind kind, List<Query> either) {
    Item(Query query, Kind kind) {
      this(query, kind, List.of());
    }
  }

  /** An open group: its items, the plain words not yet turned into items, a pending OR. */
  private static final class Frame {
    final boolean negated;
    final List<Item> items = new ArrayList<>();
    final List<String> run = new ArrayList<>();
    boolean orPending;

    Frame(boolean negated) {
      this.negated = negated;
    }
  }

  private final TextQueries text;
  private final SynonymTable synonyms;
  private final ContentWords content;

  UserQueryParser(TextQueries text, SynonymTable synonyms) {
    this.text = text;
    this.synonyms = synonyms;
    this.content = new ContentWords(text.ranking());
  }

  ParsedQuery parse(String q) {
    if (q == null || q.isBlank()) {
      return new ParsedQuery(null, List.of());
    }
    List<String> words = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(false));
    // groups beyond MAX_DEPTH are flattened; their negations still apply to what they hold
    Deque<Boolean> flattened = new ArrayDeque<>();
    int negatedFlattened = 0;
    List<QueryToken> tokens = content.asProse(QueryTokenizer.tokenize(q));
    // every prefix of the query shares one budget of expansions
    int wildcards =
        (int)
            tokens.stream()
                .filter(t -> t.isPrefix() && t.field() == null)
                .filter(t -> text.prefixStem(t.text()) != null)
                .count();
    int expansions = QueryLimits.expansionsPerWord(wildcards);
    for (QueryToken raw : tokens) {
      Frame frame = stack.peek();
      QueryToken token =
          negatedFlattened % 2 == 1 && !raw.negated()
              ? new QueryToken(raw.kind(), raw.text(), raw.field(), true)
              : raw;
      switch (token.kind()) {
        case OPEN -> {
          if (stack.size() > MAX_DEPTH) {
            flattened.push(raw.negated());
            negatedFlattened += raw.negated() ? 1 : 0;
          } else {
            flush(frame, terms);
            stack.push(new Frame(token.negated()));
          }
        }
        case CLOSE -> {
          if (!flattened.isEmpty()) {
            negatedFlattened -= flattened.pop() ? 1 : 0;
          } else if (stack.size() > 1) {
            closeGroup(stack, terms);
          }
        }
        case OR -> frame.orPending = !frame.items.isEmpty() || !frame.run.isEmpty();
        case WORD, PHRASE -> {
          // after "x OR", a word joins x's disjunction instead of the optional words
          boolean joinsOr = frame.orPending && frame.run.isEmpty();
          if (token.isPlainWord() && !joinsOr) {
            frame.run.add(token.text());
            words.add(token.text().toLowerCase(Locale.ROOT));
            frame.orPending = false;
          } else {
            flush(frame, terms);
            Item item = item(token, expansions);
            if (item != null) {
              add(frame, item);
            }
          }
        }
      }
    }
    while (stack.size() > 1) {
      closeGroup(stack, terms);
    }
    Frame root = stack.pop();
    flush(root, terms);
    Set<String> filterFields =
        tokens.stream()
            .filter(t -> t.field() != null && !t.negated())
            .map(QueryToken::field)
            .collect(Collectors.toSet());
    return new ParsedQuery(build(root.items), words, wildcards, expansions, filterFields, terms);
  }

  private void closeGroup(Deque<Frame> stack, List<String> terms) {
    Frame done = stack.pop();
    flush(done, terms);
    Query query = build(done.items);
    if (query != null) {
      boolean onlyOptional = done.items.stream().allMatch(i -> i.kind() == Kind.OPTIONAL);
      Kind kind = done.negated ? Kind.PROHIBITED : onlyOptional ? Kind.OPTIONAL : Kind.REQUIRED;
      add(stack.peek(), new Item(query, kind));
    }
  }

  /**
   * Adds an item, merging it with the previous one when an OR stands between them. A chain {@code a
   * OR b OR c} becomes one flat disjunction: pairs nested 330 deep (issue 7) took most of a minute
   * of CPU to rewrite, score and highlight.
   */
  private static void add(Frame frame, Item item) {
    if (frame.orPending && !frame.items.isEmpty()) {
      Item previous = frame.items.removeLast();
      List<Query> either = new ArrayList<>(previous.either());
      if (either.isEmpty()) {
        either.add(previous.query());
      }
      either.add(item.query());
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      either.forEach(q -> any.add(q, Occur.SHOULD));
      boolean optional = previous.kind() == Kind.OPTIONAL && item.kind() == Kind.OPTIONAL;
      frame.items.add(
          new Item(any.build(), optional ? Kind.OPTIONAL : Kind.REQUIRED, List.copyOf(either)));
    } else {
      frame.items.add(item);
    }
    frame.orPending = false;
  }

  /**
   * Turns the pending plain words into items, recognizing synonyms and dropping stop words; the
   * content words go to {@code terms}, and the run's proximity and all-words clauses come first.
   */
  private void flush(Frame frame, List<String> terms) {
    if (frame.run.isEmpty()) {
      return;
    }
    int start = frame.items.size();
    List<String> tokens = new ArrayList<>();
    List<Boolean> stop = new ArrayList<>();
    for (String word : frame.run) {
      List<String> analyzed = text.analyze(IndexFields.BODY, word);
      boolean isStop = content.isStop(word);
      if (analyzed.size() > 1) {
        frame.items.add(new Item(text.phrase(analyzed), Kind.OPTIONAL));
        continue;
      }
      for (String token : analyzed) {
        tokens.add(token);
        stop.add(isStop);
      }
    }
    frame.run.clear();
    boolean allStop = !stop.contains(false);
    List<String> runTerms = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      SynonymTable.Member member = synonyms.matchAt(tokens, i);
      if (member != null) {
        frame.items.add(new Item(anyOf(member.set()), Kind.OPTIONAL));
        i += member.tokens().size();
      } else {
        if (allStop || !stop.get(i)) {
          frame.items.add(new Item(text.term(tokens.get(i)), Kind.OPTIONAL));
          runTerms.add(tokens.get(i));
        }
        i++;
      }
    }
    terms.addAll(runTerms);
    // bonuses before the words: an OR after the run joins its last word, as it always did
    for (Query bonus : new Query[] {text.allWords(runTerms), text.proximity(runTerms)}) {
      if (bonus != null) {
        frame.items.add(start, new Item(bonus, Kind.OPTIONAL));
      }
    }
  }

  /**
   * A synonym set as one concept: the best-matching name counts (dis-max), so a post that uses
   * every name of the program does not outrank one that answers the rest of the query.
   */
  private Query anyOf(List<List<String>> set) {
    // a phrase scores the sum of its words' weights; scaled by its length, each name weighs about
    // as much as one word of the query
    List<Query> names =
        set.stream()
            .map(tokens -> (Query) new BoostQuery(text.phrase(tokens), 1f / tokens.size()))
            .toList();
    return new DisjunctionMaxQuery(names, 0.1f);
  }

  private Item item(QueryToken token, int expansions) {
    Kind positive = token.field() != null ? Kind.FILTER : Kind.REQUIRED;
    Query query;
    if (token.field() != null) {
      query = fieldQuery(token.field(), token.text());
    } else if (token.isPrefix()) {
      query = text.prefix(token.text(), expansions);
      positive = Kind.OPTIONAL;
      if (query == null) {
        List<String> tokens = text.analyze(IndexFields.BODY, token.text());
        query = tokens.isEmpty() ? null : text.phrase(tokens);
      }
    } else {
      List<String> tokens = text.analyze(IndexFields.BODY, token.text());
      List<List<String>> set = synonyms.setOf(tokens);
      query = tokens.isEmpty() ? null : set != null ? anyOf(set) : text.phrase(tokens);
      if (token.kind() == QueryToken.Kind.WORD) {
        positive = Kind.OPTIONAL;
      }
    }
    if (query == null) {
      return null;
    }
    return new Item(query, token.negated() ? Kind.PROHIBITED : positive);
  }

  private Query fieldQuery(String field, String value) {
    if (field.equals("author")) {
      List<String> tokens = text.analyze(IndexFields.AUTHOR, value);
      return tokens.isEmpty()
          ? null
          : new PhraseQuery(IndexFields.AUTHOR, tokens.toArray(String[]::new));
    }
    String indexField = field.equals("tag") ? IndexFields.TAG : field;
    return new TermQuery(new Term(indexField, Keywords.normalize(value)));
  }

  private static Query build(List<Item> items) {
    List<Query> optional = new ArrayList<>();
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean positive = false;
    for (Item item : items) {
      switch (item.kind()) {
        case OPTIONAL -> optional.add(item.query());
        case REQUIRED -> {
          builder.add(item.query(), Occur.MUST);
          positive = true;
        }
        case FILTER -> {
          builder.add(item.query(), Occur.FILTER);
          positive = true;
        }
        case PROHIBITED -> builder.add(item.query(), Occur.MUST_NOT);
      }
    }
    if (optional.isEmpty() && !positive) {
      if (items.isEmpty()) {
        return null;
      }
      return builder.add(new MatchAllDocsQuery(), Occur.MUST).build();
    }
    if (!positive && optional.size() == 1 && items.size() == 1) {
      return optional.getFirst();
    }
    if (!optional.isEmpty()) {
      if (positive) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        optional.forEach(q -> words.add(q, Occur.SHOULD));
        builder.add(words.build(), Occur.MUST);
      } else {
        optional.forEach(q -> builder.add(q, Occur.SHOULD));
      }
    }
    return builder.build();
  }
}
