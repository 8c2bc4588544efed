package org.partnerdigest.web.curation;

import java.security.Principal;

/**
 * Where the feed pages record what an editor did (a feed list change, a restore, a "fetch now"):
 * the audit of editor actions, read at {@code /admin/audit}. Action names follow docs/admin.md.
 */
interface EditorActions {

  /**
   * @param editor the signed-in editor (Spring Security's principal for the request)
   * @param action a dotted key, e.g. {@code feed.add}, {@code feed.fetch-now}
   * @param target what it was done to (a feed key, a version name, …), or {@code null}
   * @param detail what exactly, e.g. "add feed 'ciaops' (https://blog.ciaops.com/feed/)"
   */
  void record(Principal editor, String action, String target, String detail);
}
