package org.partnerdigest.web;

import java.time.InstantSource;
import java.util.List;
import org.partnerdigest.digest.EditionPage;
import org.partnerdigest.digest.EditionSummary;
import org.partnerdigest.digest.Editions;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The archive of past digest editions: a list, each edition as a page, and an Atom feed. */
@Controller
class DigestArchiveController {

  private final Editions editions;
  private final AtomFeedWriter atom;
  private final WebProperties properties;
  private final InstantSource clock;

  DigestArchiveController(
      Editions editions,
      AtomFeedWriter atom,
      WebProperties properties,
      ObjectProvider<InstantSource> clock) {
    this.editions = editions;
    this.atom = atom;
    this.properties = properties;
    this.clock = clock.getIfUnique(InstantSource::system);
  }

  @GetMapping("/digests")
  String list(Model model) {
    model.addAttribute("editions", editions.list());
    model.addAttribute("section", "digests");
    model.addAttribute("atomHref", "/digests/feed.atom");
    model.addAttribute("atomTitle", "Partner Digest: weekly editions");
    return "digests";
  }

  @GetMapping("/digests/{key}")
  String edition(@PathVariable String key, Model model) {
    EditionPage page =
        editions
            .page(key)
            .orElseThrow(() -> new NotFoundException("There is no digest edition '" + key + "'."));
    model.addAttribute("edition", page);
    model.addAttribute("section", "digests");
    return "digest";
  }

  @GetMapping("/digests/feed.atom")
  @ResponseBody
  ResponseEntity<String> feed() {
    List<Hit> hits = editions.list().stream().map(this::hit).toList();
    return ResponseEntity.ok()
        .contentType(OutputController.ATOM)
        .body(
            atom.write(
                "Partner Digest: weekly editions",
                "/digests/feed.atom",
                "/digests",
                hits,
                clock.instant()));
  }

  private Hit hit(EditionSummary edition) {
    String summary = edition.entries() == 1 ? "1 post" : edition.entries() + " posts";
    return new Hit(
        "digest-edition:" + edition.key(),
        "Partner Digest, " + edition.label(),
        properties.absolute("/digests/" + edition.key()),
        new FeedRef("digest", "Partner Digest"),
        null,
        edition.cutoff(),
        summary,
        List.of(),
        List.of());
  }
}
