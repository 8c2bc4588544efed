package org.partnerdigest.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Reads the fixtures under src/test/resources/org/partnerdigest/content/. */
final class Fixtures {

  static final URI LOCATION = URI.create("https://feeds.example.com/feed.xml");

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static FeedDocument document(String name) {
    return new FeedDocument(bytes(name), null, LOCATION, "test-feed");
  }

  static FeedDocument document(String name, String contentType) {
    return new FeedDocument(bytes(name), contentType, LOCATION, "test-feed");
  }

  static FeedDocument document(byte[] body, String contentType) {
    return new FeedDocument(body, contentType, LOCATION, "test-feed");
  }
}
