package org.partnerdigest.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerdigest.web.Chromium;
import org.partnerdigest.web.Editors;

/**
 * An editor in headless Chromium signs in at /login, then tries a URL, adds the feed it finds,
 * reviews the diff, saves, and sees the feed on the health page. Screenshots land in
 * target/screenshots/curation-*.png. Skips when Chromium is not installed, except in CI (env {@code
 * CI=true}) where it fails.
 */
class CurationBrowserTests extends CurationSiteTest {

  @TempDir Path profile;
  WebDriver browser;
  String base;

  @BeforeEach
  void startBrowser() {
    browser = Chromium.start(profile);
    base = "http://127.0.0.1:" + port;
    signIn();
  }

  /** Opens an editor page, is sent to the sign-in form, signs in, and is sent back. */
  private void signIn() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "/admin/feeds");
    wait.until(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("username")).sendKeys(Editors.ED);
    browser.findElement(By.id("password")).sendKeys(Editors.PASSWORD);
    browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlMatches(".*/admin/feeds$"));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void triesAUrlAddsTheFeedAndSeesItOnTheHealthPage() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "/admin/feeds/try");
    browser.findElement(By.id("try-url")).sendKeys(feeds.url("/blog.html"));
    browser.findElement(By.cssSelector("form.search-form button")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
    assertThat(browser.findElement(By.id("preview-heading")).getText())
        .isEqualTo("Preview: New Source");
    screenshot("curation-try.png");

    browser.findElement(By.id("add-this-feed")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feed-form")));
    String key = browser.findElement(By.id("key")).getAttribute("value");
    assertThat(key).startsWith("new-source"); // made from the title, unique in the catalog
    new Select(browser.findElement(By.id("group"))).selectByValue("community");
    browser.findElement(By.id("tags")).sendKeys("marketplace");
    browser.findElement(By.id("review-change")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-change")));
    assertThat(browser.findElements(By.cssSelector(".diff-add"))).hasSize(5);
    screenshot("curation-review.png");

    browser.findElement(By.id("save-change")).click();
    wait.until(ExpectedConditions.urlContains("/admin/feeds"));
    assertThat(browser.findElement(By.cssSelector(".notice-ok")).getText())
        .startsWith("Saved: add feed '" + key + "'");
    wait.until(
        d -> {
          d.navigate().refresh();
          return d.findElement(By.cssSelector("#feed-" + key + " .count"))
              .getText()
              .equals("2 in all");
        });
    screenshot("curation-health.png");
  }

  @Test
  void editorPagesRender() throws IOException {
    browser.get(base + "/admin/catalog");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("feeds.yml");
    // the editors' navigation, with Feeds as the current section, above the pages' own
    assertThat(
            browser
                .findElement(By.cssSelector("nav[aria-label=Editors] a[aria-current=page]"))
                .getText())
        .isEqualTo("Feeds");
    assertThat(browser.findElement(By.cssSelector("nav.admin-nav a[aria-current=page]")).getText())
        .isEqualTo("feeds.yml");
    screenshot("curation-catalog.png");
    browser.get(base + "/admin/catalog/feeds/notes");
    screenshot("curation-edit-feed.png");
    browser.get(base + "/admin/catalog/opml");
    screenshot("curation-opml.png");
  }

  private void screenshot(String name) throws IOException {
    Chromium.screenshot((ChromeDriver) browser, name);
  }
}
