package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedImport;
import org.partnerdigest.content.FeedParseException;
import org.partnerdigest.content.OpmlReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * OPML import ({@code /admin/catalog/opml}): an uploaded subscription list becomes the feeds it
 * lists, those feeds.yml already has marked, and the chosen new ones added in one reviewed change.
 */
@Controller
class OpmlImportController {

  /**
   * One feed of the uploaded list.
   *
   * @param index its position among the new feeds (-1 for a duplicate)
   * @param duplicateOf the feed that already has its URL, or {@code null}
   */
  record Row(int index, String key, String url, String title, String duplicateOf) {}

  private final CatalogService catalog;
  private final ReviewFlow review;

  OpmlImportController(CatalogService catalog, ReviewFlow review) {
    this.catalog = catalog;
    this.review = review;
  }

  @GetMapping("/admin/catalog/opml")
  String form(ModelMap model) {
    fill(model);
    return "admin/opml";
  }

  @PostMapping("/admin/catalog/opml")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      ModelMap model,
      HttpServletResponse response)
      throws IOException {
    fill(model);
    if (file == null || file.isEmpty()) {
      response.setStatus(400);
      model.addAttribute("refusal", "Choose an OPML file to upload.");
      return "admin/opml";
    }
    if (file.getSize() > OpmlReader.MAX_BYTES) {
      response.setStatus(413);
      model.addAttribute("refusal", "That file is too large: an OPML file may be at most 1 MiB.");
      return "admin/opml";
    }
    try {
      var outlines = OpmlReader.read(file.getBytes());
      var candidates =
          outlines.stream().map(o -> new FeedImport.Candidate(o.title(), o.xmlUrl())).toList();
      var planned = FeedImport.plan(catalog.current(), candidates);
      List<Row> rows = new ArrayList<>();
      int fresh = 0; // the form posts the new feeds only; their indexes pair key, url and title
      for (var p : planned) {
        rows.add(
            new Row(p.duplicate() ? -1 : fresh++, p.key(), p.url(), p.title(), p.duplicateOf()));
      }
      model.addAttribute("rows", rows);
      model.addAttribute("fileName", file.getOriginalFilename());
      model.addAttribute("version", review.currentVersion());
      if (rows.isEmpty()) {
        model.addAttribute("notice", "That OPML file lists no feeds (no outline has an xmlUrl).");
      }
      return "admin/opml";
    } catch (FeedParseException e) {
      response.setStatus(400);
      model.addAttribute("refusal", "That file cannot be read: " + e.getMessage() + ".");
      return "admin/opml";
    }
  }

  @PostMapping("/admin/catalog/opml/add")
  String add(
      @RequestParam(name = "key", defaultValue = "") List<String> keys,
      @RequestParam(name = "url", defaultValue = "") List<String> urls,
      @RequestParam(name = "title", defaultValue = "") List<String> titles,
      @RequestParam(name = "pick", defaultValue = "") List<Integer> picked,
      @RequestParam(defaultValue = "") String group,
      ReviewStep step) {
    if (keys.size() != urls.size() || keys.size() != titles.size()) {
      throw new BadInputException("the list of feeds is incomplete; upload the OPML file again");
    }
    List<Row> rows = new ArrayList<>();
    List<FeedFields> feeds = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      rows.add(new Row(i, keys.get(i), urls.get(i), titles.get(i), null));
      if (picked.contains(i)) {
        feeds.add(
            new FeedFields(keys.get(i), urls.get(i), titles.get(i), group, List.of(), true, ""));
      }
    }
    if (feeds.isEmpty()) {
      throw new BadInputException("no feed was chosen; tick the feeds to add");
    }
    step.show("rows", rows).show("picked", picked).show("group", group);
    var page =
        new ReviewFlow.FormPage("admin/opml", this::fill, "catalog.opml-import", "/admin/feeds");
    return review.run(step, new CatalogEdit.AddFeeds(feeds), page);
  }

  private void fill(ModelMap model) {
    model.addAttribute("groups", catalog.current().groups());
    model.addAttribute("maxSize", "1 MiB");
  }
}
