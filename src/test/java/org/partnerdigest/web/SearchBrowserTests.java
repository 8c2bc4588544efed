package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person searching with headless Chromium and the keyboard only: types a query, submits with
 * Enter, sees highlighted results, narrows by a facet; every page renders under the
 * Content-Security-Policy without a violation. Screenshots land in target/screenshots/.
 */
class SearchBrowserTests extends CrawledSiteTest {

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
  void searchesWithTheKeyboardAndNarrowsByFacet() throws IOException {
    browser.get(site.base() + "/search");
    WebElement box = browser.findElement(By.id("q"));
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText()).isNotBlank();

    box.sendKeys("renewal", Keys.ENTER);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.urlContains("q=renewal"));
    assertThat(browser.findElements(By.cssSelector(".hits .hit"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("2 results");
    screenshot("search.png");

    browser
        .findElement(By.xpath("//aside[@class='facets']//a[contains(., 'Official program blog')]"))
        .click();

    wait.until(ExpectedConditions.urlContains("feed=program-blog"));
    assertThat(browser.findElements(By.cssSelector(".hits .hit"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("aside.facets a[aria-current]")).getText())
        .contains("Official program blog");
    screenshot("search-filtered.png");
  }

  @Test
  void skipLinkIsTheFirstKeyboardStop() {
    browser.get(site.base() + "/search");

    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to main content");
    assertThat(focused.isDisplayed()).isTrue();
  }

  @Test
  void homeAndSourcesRender() throws IOException {
    browser.get(site.base() + "/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This week at a glance");
    assertThat(browser.findElements(By.cssSelector(".badge"))).isNotEmpty();
    screenshot("home.png");

    browser.get(site.base() + "/feeds");
    assertThat(browser.findElements(By.cssSelector("table.sources tbody tr"))).hasSize(2);
    screenshot("feeds.png");

    browser.get(site.base() + "/topics/renewals");
    screenshot("topic.png");
  }

  @Test
  void pagesRenderWithoutContentSecurityPolicyViolations() {
    for (String page :
        List.of("/", "/search", "/search?q=renewal", "/topics/renewals", "/feeds", "/nope")) {
      browser.get(site.base() + page);
      assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
      // The stylesheet applied: the header is coloured (a blocked style would leave it white).
      assertThat(
              browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color"))
          .isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    assertThat(Chromium.console(browser))
        .noneMatch(message -> message.contains("Content Security Policy"))
        .noneMatch(message -> message.contains("Permissions-Policy"));
  }

  @Test
  void theEntryPageOpensFromAResultAndKeepsThePolicy() throws IOException {
    browser.get(site.base() + "/search?q=%22anniversary+date%22");
    browser.findElement(By.cssSelector(".hit .entry-link a")).click();

    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> b.getCurrentUrl().contains("/entries/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(browser.findElement(By.cssSelector(".entry-content")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector(".related .hit-title"))).isNotEmpty();
    screenshot("entry.png");
    assertThat(Chromium.console(browser))
        .noneMatch(message -> message.contains("Content Security Policy"));
  }

  private void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }
}
