package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Fetched;
import org.partnerdigest.crawl.FetchOutcome.NotModified;

/** A plain fetch, the headers it sends, and conditional requests with ETag and Last-Modified. */
class FeedFetcherTests extends FetcherTest {

  @Test
  void fetchesBodyWithContentTypeAndValidators() throws IOException {
    serveFeedWithValidators();

    FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

    assertThat(outcome).isInstanceOf(Fetched.class);
    Fetched fetched = (Fetched) outcome;
    assertThat(fetched.body()).isEqualTo(fixture());
    assertThat(fetched.contentType()).isEqualTo(RSS);
    assertThat(fetched.finalUrl()).isEqualTo(server.url("/feed"));
    assertThat(fetched.etag()).isEqualTo("\"v1\"");
    assertThat(fetched.lastModified()).isEqualTo("Mon, 02 Nov 2026 09:00:00 GMT");
    assertThat(fetched.movedTo()).isNull();
  }

  @Test
  void sendsIfNoneMatchOnSecondFetch() {
    serveFeedWithValidators();
    FeedFetcher fetcher = fetcher();
    Fetched first = (Fetched) fetcher.fetch(server.url("/feed"), null, null);

    FetchOutcome second = fetcher.fetch(server.url("/feed"), first.etag(), null);

    assertThat(second).isEqualTo(new NotModified(null));
    assertThat(server.requests.getLast().headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(server.requests.getFirst().headers().containsKey("If-None-Match")).isFalse();
  }

  @Test
  void sendsIfModifiedSinceOnSecondFetch() {
    serveFeedWithValidators();
    FeedFetcher fetcher = fetcher();
    Fetched first = (Fetched) fetcher.fetch(server.url("/feed"), null, null);

    FetchOutcome second = fetcher.fetch(server.url("/feed"), null, first.lastModified());

    assertThat(second).isInstanceOf(NotModified.class);
    assertThat(server.requests.getLast().headers().getFirst("If-Modified-Since"))
        .isEqualTo("Mon, 02 Nov 2026 09:00:00 GMT");
  }

  @Test
  void sendsUserAgentAcceptAndAcceptEncoding() {
    serveFeedWithValidators();

    fetcher().fetch(server.url("/feed"), null, null);

    var headers = server.requests.getFirst().headers();
    assertThat(headers.getFirst("User-Agent"))
        .matches("PartnerDigest/\\S+ \\(\\+https://digest\\.example\\)");
    assertThat(headers.getFirst("Accept")).contains("application/atom+xml", "application/rss+xml");
    assertThat(headers.getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
  }
}
