package org.partnerdigest.content;

import static org.partnerdigest.content.FeedElements.Vocabulary.ATOM;
import static org.partnerdigest.content.FeedElements.Vocabulary.DC;
import static org.partnerdigest.content.FeedElements.Vocabulary.ITUNES;
import static org.partnerdigest.content.FeedElements.Vocabulary.RSS;

import org.partnerdigest.content.FeedElements.Vocabulary;
import org.w3c.dom.Element;

/**
 * The author an entry or a feed names, in the order the formats define it: an Atom person's {@code
 * name} (never its e-mail or uri), RSS {@code author}, {@code dc:creator}, {@code dc:author},
 * {@code itunes:author}; for a channel, RSS 2.0's {@code managingEditor} last.
 */
final class AuthorElements {

  private AuthorElements() {}

  /** The author named directly in {@code element} (an entry, item, channel or feed), or null. */
  static String of(Element element, boolean channel) {
    Element atom = FeedElements.child(element, ATOM, "author");
    if (atom != null) {
      String name = person(atom);
      if (name != null) {
        return name;
      }
    }
    String author = first(element, RSS, "author");
    if (author == null) {
      author = first(element, DC, "creator");
    }
    if (author == null) {
      author = first(element, DC, "author");
    }
    if (author == null) {
      author = first(element, ITUNES, "author");
    }
    if (author == null && channel) {
      author = first(element, RSS, "managingEditor");
    }
    return author;
  }

  /** A person construct's {@code name}; a person written as bare text is that text. */
  private static String person(Element person) {
    for (Element child : FeedElements.children(person)) {
      if (FeedElements.localName(child).equals("name")) {
        return FeedElements.text(child);
      }
    }
    return FeedElements.hasElementChildren(person) ? null : FeedElements.text(person);
  }

  private static String first(Element parent, Vocabulary vocabulary, String localName) {
    for (Element child : FeedElements.children(parent)) {
      if (FeedElements.is(child, vocabulary, localName)) {
        String text =
            FeedElements.hasElementChildren(child) ? person(child) : FeedElements.text(child);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
