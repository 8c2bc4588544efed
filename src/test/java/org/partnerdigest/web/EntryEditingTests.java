package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.archive.EntryFilter;
import org.partnerdigest.archive.EntryListing;
import org.partnerdigest.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hide and pin end to end (issue 10, section 4): an editor's form post goes through the archive (a
 * new seq), the indexer and every output — search, topics, home, Atom, the entry API — and into the
 * audit. Every test leaves the fixture entries as it found them.
 */
class EntryEditingTests extends CrawledSiteTest {

  static final String TITLE = "Competency renewal: what changes at your anniversary date";

  @Autowired EntryArchive archive;
  @Autowired EntryListing listing;
  @Autowired SearchService search;
  @Autowired AuditLog audit;

  @AfterEach
  void showAndUnpinEverything() {
    for (ArchivedEntry e : listing.list(new EntryFilter(null, null), 1, 100).entries()) {
      if (e.flags().hidden()) {
        archive.setHidden(e.id(), false);
      }
      if (e.flags().pinned()) {
        archive.setPinned(e.id(), false);
      }
    }
    search.awaitCaughtUp(Duration.ofSeconds(30));
  }

  String renewalId() {
    return site.json("/api/search?q=%22anniversary+date%22")
        .get("hits")
        .get(0)
        .get("id")
        .asString();
  }

  @Test
  void hidingTakesTheEntryOutOfEveryOutputAndIsAudited() {
    String id = renewalId();
    EditorSession editor = new EditorSession(port).signedIn();

    HttpResponse<String> answer =
        editor.submit("/admin/entries/" + id + "/hide", Map.of("back", "/search?q=renewal"));

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/search?q=renewal");
    assertThat(site.json("/api/search?q=renewal").get("hits").toString()).doesNotContain(id);
    assertThat(site.get("/search?q=renewal", "text/html").body()).doesNotContain(TITLE);
    assertThat(site.get("/topics/renewals", "text/html").body()).doesNotContain(TITLE);
    assertThat(site.get("/", "text/html").body()).doesNotContain(TITLE);
    assertThat(site.get("/feed.atom").body()).doesNotContain(TITLE);
    assertThat(site.get("/topics/renewals/feed.atom").body()).doesNotContain(TITLE);
    assertThat(site.get("/search.atom?q=renewal").body()).doesNotContain(TITLE);
    assertThat(site.get("/api/entries/" + id, "application/json").statusCode()).isEqualTo(404);
    assertThat(editor.get("/admin/entries?state=hidden").body()).contains(TITLE);
    assertThat(audit.recent(1, 10).events())
        .anySatisfy(
            e -> {
              assertThat(e.editor()).isEqualTo(Editors.ED);
              assertThat(e.action()).isEqualTo("entry.hide");
              assertThat(e.target()).isEqualTo(id);
              assertThat(e.detail()).isEqualTo(TITLE);
            });
  }

  @Test
  void unhidingBringsTheEntryBack() {
    String id = renewalId();
    EditorSession editor = new EditorSession(port).signedIn();
    editor.submit("/admin/entries/" + id + "/hide", Map.of());

    editor.submit("/admin/entries/" + id + "/unhide", Map.of());

    assertThat(site.json("/api/search?q=renewal").get("hits").toString()).contains(id);
    assertThat(site.get("/feed.atom").body()).contains(TITLE);
    assertThat(audit.recent(1, 1).events().getFirst().action()).isEqualTo("entry.unhide");
  }

  @Test
  void pinningKeepsTheEditorsNoteUntilUnpinned() {
    String id = renewalId();
    EditorSession editor = new EditorSession(port).signedIn();

    editor.submit(
        "/admin/entries/" + id + "/pin", Map.of("note", "  Read this before your anniversary  "));

    ArchivedEntry.EntryFlags flags = archive.find(id).orElseThrow().flags();
    assertThat(flags.pinned()).isTrue();
    assertThat(flags.pinNote()).isEqualTo("Read this before your anniversary");
    assertThat(editor.get("/admin/entries?state=pinned").body())
        .contains(TITLE, "Read this before your anniversary");
    assertThat(editor.get("/admin/entries?state=pinned&topic=renewals").body()).contains(TITLE);
    assertThat(site.get("/feed.atom").body()).as("pinned entries stay public").contains(TITLE);
    assertThat(audit.recent(1, 1).events().getFirst().detail())
        .isEqualTo(TITLE + " — note: Read this before your anniversary");

    editor.submit("/admin/entries/" + id + "/unpin", Map.of());

    assertThat(archive.find(id).orElseThrow().flags())
        .extracting(ArchivedEntry.EntryFlags::pinned, ArchivedEntry.EntryFlags::pinNote)
        .containsExactly(false, null);
  }

  @Test
  void searchResultsCarryHideAndPinOnlyForEditors() {
    String signedIn = new EditorSession(port).signedIn().get("/search?q=renewal").body();

    assertThat(signedIn)
        .contains("editor-controls", "/admin/entries/" + renewalId() + "/hide", "name=\"_csrf\"")
        .contains("name=\"back\" value=\"/search?q=renewal\"");
    assertThat(site.get("/search?q=renewal", "text/html").body()).doesNotContain("editor-controls");
  }

  @Test
  void listsEntriesByFeedAndTopic() {
    EditorSession editor = new EditorSession(port).signedIn();

    assertThat(editor.get("/admin/entries?feed=jane").body())
        .contains("Five misconceptions about partner renewal")
        .doesNotContain(TITLE);
    assertThat(editor.get("/admin/entries?topic=benefits").body())
        .contains("Benefits package update for partners")
        .doesNotContain(TITLE);
  }

  @Test
  void insightsShowWhatWasSearchedAndWhatFoundNothing() {
    site.get("/search?q=Renewal", "text/html");
    site.get("/api/search?q=renewal", "application/json");
    site.json("/api/search?q=zzqx+nowhere");
    EditorSession editor = new EditorSession(port).signedIn();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(editor.get("/admin/insights").body())
                    .contains("zzqx nowhere", "/admin/catalog/synonyms/new?terms=zzqx+nowhere")
                    .contains(">renewal</a>"));
  }

  @Nested
  class Refuses {

    @Test
    void anUnknownEntry() {
      HttpResponse<String> answer =
          new EditorSession(port).signedIn().submit("/admin/entries/no-such-id/hide", Map.of());

      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).contains("There is no entry with id &#39;no-such-id&#39;.");
    }

    @Test
    void aNoteLongerThan500Characters() {
      HttpResponse<String> answer =
          new EditorSession(port)
              .signedIn()
              .submit("/admin/entries/" + renewalId() + "/pin", Map.of("note", "x".repeat(501)));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("note must have at most 500 characters, had 501");
      assertThat(archive.find(renewalId()).orElseThrow().flags().pinned()).isFalse();
    }

    @Test
    void toReturnToAnotherSite() {
      HttpResponse<String> answer =
          new EditorSession(port)
              .signedIn()
              .submit(
                  "/admin/entries/" + renewalId() + "/pin", Map.of("back", "//evil.example/phish"));

      assertThat(answer.headers().firstValue("Location").orElseThrow())
          .endsWith("/admin/entries")
          .doesNotContain("evil");
    }

    @Test
    void aBadFilter() {
      HttpResponse<String> answer =
          new EditorSession(port).signedIn().get("/admin/entries?state=secret&page=0");

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("state must be one of all, visible, hidden, pinned");
    }
  }
}
