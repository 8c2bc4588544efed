package org.partnerdigest.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name from an author field. RSS 2.0 asks for an email address in {@code <author>}, so
 * feeds write {@code me@example.com (Jane Doe)}, {@code Jane Doe (me@example.com)} or {@code Jane
 * Doe <me@example.com>}; readers want the name, as feedparser gives it.
 */
final class AuthorNames {

  private static final String EMAIL = "[^\\s@()<>]+@[^\\s@()<>]+";
  private static final Pattern EMAIL_THEN_NAME =
      Pattern.compile("^\\s*(?:mailto:)?" + EMAIL + "\\s*\\((.+)\\)\\s*$");
  private static final Pattern NAME_THEN_EMAIL =
      Pattern.compile("^\\s*(.+?)\\s*[(<]\\s*(?:mailto:)?" + EMAIL + "\\s*[)>]\\s*$");

  private AuthorNames() {}

  /** The name within {@code author}, or {@code author} itself when it has no email to drop. */
  static String display(String author) {
    if (author == null) {
      return null;
    }
    Matcher m = EMAIL_THEN_NAME.matcher(author);
    if (m.matches() && !m.group(1).isBlank()) {
      return m.group(1).strip();
    }
    m = NAME_THEN_EMAIL.matcher(author);
    if (m.matches() && !m.group(1).isBlank()) {
      return m.group(1).strip();
    }
    return author;
  }
}
