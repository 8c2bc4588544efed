package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored XSS through an entry's link (issue 7, defect 1), as a reader meets it: on every page that
 * lists entries, headless Chromium clicks every result link; no dialog may open and no link on the
 * page may lead anywhere but http(s). Entries whose link is not http(s) show their title as text.
 */
class HostileLinksBrowserTests extends HostileSiteTest {

  private static final List<String> PAGES =
      List.of("/search?q=renewal&size=100", "/", "/topics/renewals", "/feeds", "/search");

  /** A script-capable URL in any attribute that browsers follow. */
  private static final Pattern SCRIPT_URL =
      Pattern.compile(
          "(?i)(href|src|action|formaction)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript|file)\\s*:");

  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Chromium.start(profile);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void noPageHasALinkThatIsNotHttp() {
    for (String page : PAGES) {
      browser.get(site.base() + page);

      assertThat(browser.getPageSource()).as(page).doesNotContainPattern(SCRIPT_URL);
      for (WebElement link : browser.findElements(By.cssSelector("a[href], link[href]"))) {
        assertThat(link.getDomProperty("href")).as(page).matches("https?://.+");
      }
      for (WebElement form : browser.findElements(By.cssSelector("form[action]"))) {
        assertThat(form.getDomProperty("action")).as(page).matches("https?://.+");
      }
    }
  }

  @Test
  void entryPagesOfHostileEntriesHaveOnlyHttpLinks() {
    browser.get(site.base() + "/search?q=renewal&size=100");
    List<String> entryPages =
        browser.findElements(By.cssSelector(".entry-link a")).stream()
            .map(a -> a.getDomProperty("href"))
            .toList();
    assertThat(entryPages).hasSizeGreaterThanOrEqualTo(10);
    for (String page : entryPages) {
      browser.get(page);

      assertThat(browser.getPageSource()).as(page).doesNotContainPattern(SCRIPT_URL);
      for (WebElement link : browser.findElements(By.cssSelector("a[href], link[href]"))) {
        assertThat(link.getDomProperty("href")).as(page).matches("https?://.+");
      }
    }
    assertThat(Chromium.console(browser))
        .noneMatch(message -> message.contains("Content Security Policy"));
  }

  @Test
  void clickingEveryResultLinkOpensNoDialog() {
    int clicked = 0;
    for (String page : List.of("/search?q=renewal&size=100", "/", "/topics/renewals")) {
      browser.get(site.base() + page);
      int links = browser.findElements(By.cssSelector(".hit-title a")).size();
      for (int i = 0; i < links; i++) {
        browser.get(site.base() + page);
        WebElement link = browser.findElements(By.cssSelector(".hit-title a")).get(i);
        String href = link.getDomProperty("href");
        link.click();

        new WebDriverWait(browser, Duration.ofSeconds(20))
            .withMessage("clicking " + href + " on " + page + " led nowhere")
            .until(b -> Chromium.dialogOpen(b) || !b.getCurrentUrl().startsWith(site.base()));
        assertThat(Chromium.dialogOpen(browser)).as("a dialog opened from " + href).isFalse();
        assertThat(browser.getCurrentUrl()).isEqualTo(href).matches("https?://.+");
        clicked++;
      }
    }
    assertThat(clicked).as("result links clicked").isGreaterThanOrEqualTo(3);
  }

  @Test
  void entriesWithScriptLinksShowTheirTitleAsText() {
    browser.get(site.base() + "/search?q=renewal&size=100");

    List<WebElement> titles = browser.findElements(By.cssSelector(".hit-title"));
    assertThat(titles.stream().map(WebElement::getText))
        .contains(
            "Renewal guide with a plain link",
            "Renewal via javascript link",
            "Renewal via mixed-case JaVaScRiPt link",
            "Renewal via data link",
            "Renewal via vbscript link",
            "Renewal via a tab inside the scheme",
            "Atom renewal via javascript href",
            "Atom renewal via upper-case JAVASCRIPT alternate",
            "JSON renewal via javascript url",
            "JSON renewal via base64 data url");
    for (WebElement title : titles) {
      List<WebElement> links = title.findElements(By.tagName("a"));
      if (links.isEmpty()) {
        assertThat(title.findElements(By.tagName("span"))).hasSize(1);
      } else {
        assertThat(links.getFirst().getDomProperty("href")).matches("https?://.+");
      }
    }
  }
}
