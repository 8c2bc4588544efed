package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.web.Chromium;
import org.partnerdigest.web.Editors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A digest as received, opened in headless Chromium: at most 600 px wide, readable on a phone and
 * in dark mode, no images to load; its web edition renders with the site's stylesheet; an editor
 * signs in and sees the coming edition's preview on {@code /admin/digest}. Screenshots land in
 * target/screenshots/. Skips without Chromium, except in CI where it fails.
 */
class DigestBrowserTests extends DigestSiteTest {

  @Autowired EntryArchive archive;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    browser =
        Chromium.start(profile, "--blink-settings=imagesEnabled=false", "--window-size=900,1400");
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theHtmlDigestReadsWellWideNarrowAndDark() throws Exception {
    String email = "browser@example.com";
    subscribeAndConfirm(email, List.of());
    Instant cutoff = nextCutoff();
    Instant day = cutoff.minus(Duration.ofDays(1));
    archive(
        "program-blog",
        day,
        post(
            "b-myth",
            "Myth: competencies renew automatically",
            "A myth about renewal. They do not renew on their own; you requalify each year.",
            day),
        post(
            "b-benefits",
            "Partner benefits: what changed in the new year",
            "New benefits and Azure credits for partners.",
            day),
        post(
            "b-renewal",
            "Renewal checklist for your anniversary date",
            "Renew on time: a checklist.",
            day));
    archive(
        "jane",
        day,
        post(
            "b-pinned",
            "Action Pack is now Partner Launch Benefits",
            "The renamed benefits package, explained <script>alert(1)</script>.",
            day));
    archive.setPinned("b-pinned", true, "The rename everyone asks about — read this first.");
    search.awaitCaughtUp(Duration.ofSeconds(30));
    String key = editions.publish(cutoff).orElseThrow();
    awaitDelivered(cutoff);
    MimeMessage digest = Mails.digestsTo(email).getLast();
    Path html = Path.of("target", "digest-email.html").toAbsolutePath();
    Files.writeString(html, Mails.part(digest, "text/html"));
    Files.writeString(Path.of("target", "digest-email.txt"), Mails.part(digest, "text/plain"));

    browser.get(html.toUri().toString());
    Number width =
        (Number)
            browser.executeScript(
                "return document.querySelector('.pd-card').getBoundingClientRect().width;");
    assertThat(width.doubleValue()).isLessThanOrEqualTo(600);
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Editors’ picks", "The rename everyone asks about", "Misconceptions corrected")
        .contains("<script>alert(1)</script>");
    screenshot("digest-email.png");

    browser.manage().window().setSize(new Dimension(390, 1400));
    Number narrow = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
    assertThat(narrow.intValue()).isLessThanOrEqualTo(390);
    screenshot("digest-email-phone.png");

    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    String background =
        (String)
            browser.executeScript(
                "return getComputedStyle(document.querySelector('.pd-card')).backgroundColor;");
    assertThat(background).isEqualTo("rgb(28, 31, 36)");
    screenshot("digest-email-dark.png");

    browser.manage().window().setSize(new Dimension(1100, 1400));
    browser.get(BASE + "/digests/" + key);
    assertThat(browser.findElements(By.cssSelector(".edition .hit-title")))
        .extracting(org.openqa.selenium.WebElement::getText)
        .hasSize(4)
        .doesNotHaveDuplicates();
    assertThat(browser.findElements(By.cssSelector("[style]"))).isEmpty();
    screenshot("digest-web-edition.png");

    browser.get(BASE + "/admin/digest?preview=true");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.id("username")).sendKeys(Editors.ED);
    browser.findElement(By.id("password")).sendKeys(Editors.PASSWORD);
    browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlMatches(".*/admin/digest\\?preview=true$"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Editions and deliveries", "Plain-text part");
    screenshot("digest-admin-preview.png");
  }

  private void screenshot(String name) throws IOException {
    Chromium.screenshot((ChromeDriver) browser, name);
  }
}
