package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.archive.EntryFilter;
import org.partnerdigest.archive.EntryListing;
import org.partnerdigest.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor in headless Chromium: signs in, hides an entry from the search results and sees it gone
 * from the search, finds it among the hidden entries, shows it again, and looks at the insights and
 * the audit. Screenshots land in target/screenshots/admin-*.png.
 */
class EditorBrowserTests extends CrawledSiteTest {

  static final String TITLE = "Five misconceptions about partner renewal";

  @Autowired EntryArchive archive;
  @Autowired EntryListing listing;
  @Autowired SearchService search;

  @TempDir Path profile;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = Chromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stopBrowserAndShowEverything() {
    if (browser != null) {
      browser.quit();
    }
    for (ArchivedEntry e : listing.list(new EntryFilter(null, null), 1, 100).entries()) {
      if (e.flags().hidden()) {
        archive.setHidden(e.id(), false);
      }
    }
    search.awaitCaughtUp(Duration.ofSeconds(30));
  }

  @Test
  void signsInHidesAnEntryFromTheSearchResultsAndSeesItGone() throws IOException {
    browser.get(site.base() + "/admin");
    wait.until(ExpectedConditions.urlContains("/login"));
    Chromium.screenshot(browser, "admin-login.png");
    browser.findElement(By.id("username")).sendKeys(Editors.ED);
    browser.findElement(By.id("password")).sendKeys(Editors.PASSWORD);
    browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlMatches(".*/admin$"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Editors’ workspace");
    Chromium.screenshot(browser, "admin-overview.png");

    browser.get(site.base() + "/search?q=renewal");
    assertThat(hitTitles()).contains(TITLE);
    Chromium.screenshot(browser, "admin-search-with-editor-controls.png");
    WebElement hit =
        browser.findElement(
            By.xpath("//ol[@class='hits']/li[.//a[normalize-space()='" + TITLE + "']]"));
    hit.findElement(By.cssSelector("button.hide")).click();

    wait.until(ExpectedConditions.urlContains("/search?q=renewal"));
    assertThat(hitTitles()).doesNotContain(TITLE).isNotEmpty();
    Chromium.screenshot(browser, "admin-search-after-hide.png");

    browser.get(site.base() + "/admin/entries?state=hidden");
    assertThat(browser.findElement(By.cssSelector("table.entries")).getText()).contains(TITLE);
    Chromium.screenshot(browser, "admin-entries-hidden.png");
    browser.findElement(By.cssSelector("table.entries button.unhide")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
    assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Shown again");

    browser.get(site.base() + "/search?q=renewal");
    assertThat(hitTitles()).contains(TITLE);

    browser.get(site.base() + "/admin/insights");
    Chromium.screenshot(browser, "admin-insights.png");
    browser.get(site.base() + "/admin/audit");
    assertThat(browser.findElement(By.cssSelector("table.audit")).getText())
        .contains("entry.hide", "entry.unhide", Editors.ED);
    Chromium.screenshot(browser, "admin-audit.png");
  }

  private java.util.List<String> hitTitles() {
    return browser.findElements(By.cssSelector(".hits .hit-title a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
