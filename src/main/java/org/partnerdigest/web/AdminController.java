package org.partnerdigest.web;

import java.security.Principal;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.archive.EntryFilter;
import org.partnerdigest.archive.EntryFilter.State;
import org.partnerdigest.archive.EntryListing;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' workspace landing page, the audit list and the reindex action. */
@Controller
class AdminController {

  static final int AUDIT_PAGE_SIZE = 50;
  private static final int RECENT_ACTIONS = 8;

  private final AuditLog audit;
  private final EntryListing listing;
  private final SearchService search;

  AdminController(AuditLog audit, EntryListing listing, SearchService search) {
    this.audit = audit;
    this.listing = listing;
    this.search = search;
  }

  @GetMapping("/admin")
  String overview(Model model) {
    model.addAttribute("hiddenCount", count(State.HIDDEN));
    model.addAttribute("pinnedCount", count(State.PINNED));
    model.addAttribute("indexedCount", search.indexedCount());
    model.addAttribute("recent", AuditRow.of(audit.recent(1, RECENT_ACTIONS).events()));
    model.addAttribute("adminSection", "overview");
    return "admin/index";
  }

  @GetMapping("/admin/audit")
  String audit(@RequestParam(defaultValue = "1") String page, Model model) {
    var events = audit.recent(AdminParameters.page(page), AUDIT_PAGE_SIZE);
    model.addAttribute("audit", events);
    model.addAttribute("rows", AuditRow.of(events.events()));
    model.addAttribute("adminSection", "audit");
    return "admin/audit";
  }

  /** Rebuilds the index beside the live one (searches keep working) and swaps it in. */
  @PostMapping("/admin/reindex")
  String reindex(Principal editor, RedirectAttributes flash) {
    long started = System.nanoTime();
    search.reindex();
    long millis = (System.nanoTime() - started) / 1_000_000;
    String detail = search.indexedCount() + " entries indexed in " + millis + " ms";
    audit.record(editor.getName(), "index.reindex", null, detail);
    flash.addFlashAttribute("flash", "Reindexed: " + detail + ".");
    return "redirect:/admin";
  }

  private long count(State state) {
    return listing.list(new EntryFilter(null, state), 1, 1).total();
  }
}
