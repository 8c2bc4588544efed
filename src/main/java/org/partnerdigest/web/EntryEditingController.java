package org.partnerdigest.web;

import java.security.Principal;
import java.time.Duration;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.archive.EntryFilter.State;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/entries}: entries by feed, topic and flag, and the editor actions on one entry —
 * hide, unhide, pin (with an optional note), unpin — each audited. An action waits briefly for the
 * index, so the page it returns to already shows the change.
 */
@Controller
class EntryEditingController {

  private static final Duration INDEX_WAIT = Duration.ofSeconds(5);

  private final EditorEntries entries;
  private final EntryArchive archive;
  private final SearchService search;
  private final AuditLog audit;
  private final CatalogService catalog;

  EntryEditingController(
      EditorEntries entries,
      EntryArchive archive,
      SearchService search,
      AuditLog audit,
      CatalogService catalog) {
    this.entries = entries;
    this.archive = archive;
    this.search = search;
    this.audit = audit;
    this.catalog = catalog;
  }

  @GetMapping("/admin/entries")
  String list(
      @RequestParam(required = false) String feed,
      @RequestParam(required = false) String topic,
      @RequestParam(defaultValue = "all") String state,
      @RequestParam(defaultValue = "1") String page,
      Model model) {
    State chosen = AdminParameters.state(state);
    String topicKey = topic == null || topic.isBlank() ? null : topic;
    String feedKey = feed == null || feed.isBlank() ? null : feed;
    var listing = entries.list(feedKey, topicKey, chosen, AdminParameters.page(page));
    model.addAttribute("listing", listing);
    model.addAttribute("feed", feedKey);
    model.addAttribute("topic", topicKey);
    model.addAttribute("state", chosen.name().toLowerCase(java.util.Locale.ROOT));
    model.addAttribute("feeds", catalog.current().profiles());
    model.addAttribute("topics", catalog.current().topics());
    model.addAttribute("adminSection", "entries");
    return "admin/entries";
  }

  @PostMapping("/admin/entries/{id}/hide")
  String hide(
      @PathVariable String id,
      @RequestParam(required = false) String back,
      Principal editor,
      RedirectAttributes flash) {
    return change(id, back, editor, flash, "entry.hide", e -> archive.setHidden(id, true), null);
  }

  @PostMapping("/admin/entries/{id}/unhide")
  String unhide(
      @PathVariable String id,
      @RequestParam(required = false) String back,
      Principal editor,
      RedirectAttributes flash) {
    return change(id, back, editor, flash, "entry.unhide", e -> archive.setHidden(id, false), null);
  }

  @PostMapping("/admin/entries/{id}/pin")
  String pin(
      @PathVariable String id,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String back,
      Principal editor,
      RedirectAttributes flash) {
    String kept = note == null || note.isBlank() ? null : note.strip();
    if (kept != null && kept.length() > EntryArchive.MAX_PIN_NOTE) {
      throw new InvalidParameterException(
          "note must have at most "
              + EntryArchive.MAX_PIN_NOTE
              + " characters, had "
              + kept.length());
    }
    return change(
        id, back, editor, flash, "entry.pin", e -> archive.setPinned(id, true, kept), kept);
  }

  @PostMapping("/admin/entries/{id}/unpin")
  String unpin(
      @PathVariable String id,
      @RequestParam(required = false) String back,
      Principal editor,
      RedirectAttributes flash) {
    return change(id, back, editor, flash, "entry.unpin", e -> archive.setPinned(id, false), null);
  }

  private String change(
      String id,
      String back,
      Principal editor,
      RedirectAttributes flash,
      String action,
      java.util.function.Predicate<ArchivedEntry> apply,
      String note) {
    ArchivedEntry entry =
        entries
            .find(id)
            .filter(e -> !e.flags().deleted())
            .orElseThrow(() -> new NotFoundException("There is no entry with id '" + id + "'."));
    apply.test(entry);
    String title = entries.row(entry).title();
    audit.record(editor.getName(), action, id, note == null ? title : title + " — note: " + note);
    search.awaitCaughtUp(INDEX_WAIT);
    flash.addFlashAttribute("flash", AdminParameters.done(action) + " “" + title + "”.");
    return "redirect:" + AdminParameters.back(back, "/admin/entries");
  }
}
