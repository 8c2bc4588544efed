package org.partnerdigest.web.curation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Records editor actions in the application log, one INFO line each. */
@Component
class LoggedEditorActions implements EditorActions {

  private static final Logger log = LoggerFactory.getLogger("org.partnerdigest.editor-actions");

  @Override
  public void record(String editor, String action, String detail) {
    log.info("{} by {}: {}", action, editor, detail);
  }
}
