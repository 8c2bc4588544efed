package org.partnerdigest.web.curation;

/**
 * Where the feed pages record what an editor did (a feed list change, a restore, a "fetch now"):
 * the seam for the audit log of editor actions.
 */
public interface EditorActions {

  /**
   * @param editor who acted (the signed-in editor's name)
   * @param action what kind of action, e.g. {@code feeds.add}, {@code feeds.fetch-now}
   * @param detail what exactly, e.g. "add feed 'ciaops' (https://blog.ciaops.com/feed/)"
   */
  void record(String editor, String action, String detail);
}
