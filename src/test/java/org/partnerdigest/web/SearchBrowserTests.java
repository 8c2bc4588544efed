package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person searching with headless Chromium and the keyboard only: types a query, submits with
 * Enter, sees highlighted results, narrows by a facet. Screenshots land in target/screenshots/.
 * Skips when Chromium is not installed, except in CI (env {@code CI=true}) where it fails.
 */
class SearchBrowserTests extends CrawledSiteTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path profile;
  WebDriver browser;

  @BeforeEach
  void startBrowser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message =
          "headless Chromium is not installed ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "); install with: apt-get install -y chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
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

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }
}
