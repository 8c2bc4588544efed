package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** clean(clean(x)) == clean(x), and the result is structurally safe, for fixtures and tag soup. */
class IdempotenceTests {

  private static final URI BASE = URI.create("https://blog.example/posts/2026/hello.html");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(IdempotenceTests.class.getResource("html").toURI());
    return Files.list(folder).filter(path -> path.toString().endsWith(".html")).sorted();
  }

  static Stream<String> tagSoup() {
    return RandomHtml.snippets(20261125L, 400);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureCleansToAFixpoint(Path fixture) throws IOException {
    assertFixpoint(Files.readString(fixture));
  }

  @ParameterizedTest
  @MethodSource("tagSoup")
  void tagSoupCleansToAFixpoint(String html) {
    assertFixpoint(html);
  }

  private void assertFixpoint(String html) {
    String once = sanitizer.clean(html, BASE);
    assertThat(sanitizer.clean(once, BASE)).as("cleaning again %s", html).isEqualTo(once);
    SafeHtml.assertSafe(once);
  }
}
