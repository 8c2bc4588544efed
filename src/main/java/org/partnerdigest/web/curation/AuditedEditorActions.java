package org.partnerdigest.web.curation;

import java.security.Principal;
import org.partnerdigest.archive.AuditLog;
import org.springframework.stereotype.Component;

/** Records editor actions in the archive's {@link AuditLog}, one event each. */
@Component
class AuditedEditorActions implements EditorActions {

  private final AuditLog audit;

  AuditedEditorActions(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void record(Principal editor, String action, String target, String detail) {
    // Every /admin/** request is signed in; an action without an editor is a security mistake, and
    // it must not be recorded under a made-up name.
    if (editor == null) {
      throw new IllegalStateException(
          "an editor action '" + action + "' without a signed-in editor");
    }
    audit.record(editor.getName(), action, target, detail);
  }
}
