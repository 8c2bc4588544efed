package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI renders the API's operations in headless Chromium under the site's own
 * Content-Security-Policy (no inline script or style allowed), without a violation.
 */
class SwaggerUiBrowserTests extends EmptySiteTest {

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
  void rendersEveryOperationWithoutACspViolation() {
    browser.get(site.base() + "/swagger-ui.html");

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> b.findElements(By.cssSelector(".opblock")).size() == 6);
    assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
        .contains("Partner Digest API");
    assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
        .extracting(e -> e.getAttribute("data-path"))
        .contains("/api/search", "/api/entries/{id}/related", "/api/subscribers");
    assertThat(Chromium.console(browser))
        .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused"));
  }
}
