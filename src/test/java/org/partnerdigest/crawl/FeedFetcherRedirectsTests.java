package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;
import org.partnerdigest.crawl.FetchOutcome.Fetched;
import org.partnerdigest.crawl.FetchOutcome.NotModified;

/** Redirects: followed up to a limit, permanent moves recorded, unsafe targets refused. */
class FeedFetcherRedirectsTests extends FetcherTest {

  void redirect(String from, int status, String location) {
    server.on(
        from,
        exchange -> {
          exchange.getResponseHeaders().set("Location", location);
          LoopbackServer.send(exchange, status, null, new byte[0]);
        });
  }

  void serveFeed(String path) {
    server.on(path, exchange -> LoopbackServer.send(exchange, 200, RSS, fixture()));
  }

  @Test
  void followsAChainWithinTheLimit() {
    for (int i = 1; i <= 5; i++) {
      redirect("/r" + i, 302, "/r" + (i + 1));
    }
    serveFeed("/r6");

    FetchOutcome outcome = fetcher().fetch(server.url("/r1"), null, null);

    assertThat(outcome).isInstanceOf(Fetched.class);
    assertThat(((Fetched) outcome).finalUrl()).isEqualTo(server.url("/r6"));
  }

  @Test
  void sixRedirectsFail() {
    for (int i = 1; i <= 6; i++) {
      redirect("/r" + i, 302, "/r" + (i + 1));
    }
    serveFeed("/r7");

    FetchOutcome outcome = fetcher().fetch(server.url("/r1"), null, null);

    assertThat(outcome).isEqualTo(new Failed("too many redirects (more than 5)"));
  }

  @Test
  void resolvesRelativeLocation() {
    redirect("/old/feed", 302, "../new/feed.xml");
    serveFeed("/new/feed.xml");

    Fetched fetched = (Fetched) fetcher().fetch(server.url("/old/feed"), null, null);

    assertThat(fetched.finalUrl()).isEqualTo(server.url("/new/feed.xml"));
  }

  @Test
  void recordsMovedToOn301() {
    redirect("/old", 301, server.url("/new").toString());
    serveFeed("/new");

    Fetched fetched = (Fetched) fetcher().fetch(server.url("/old"), null, null);

    assertThat(fetched.movedTo()).isEqualTo(server.url("/new"));
  }

  @Test
  void recordsMovedToOn308() {
    redirect("/old", 308, "/new");
    serveFeed("/new");

    Fetched fetched = (Fetched) fetcher().fetch(server.url("/old"), null, null);

    assertThat(fetched.movedTo()).isEqualTo(server.url("/new"));
  }

  @Test
  void recordsMovedToOnNotModifiedToo() {
    redirect("/old", 301, "/new");
    server.on("/new", exchange -> LoopbackServer.send(exchange, 304, null, new byte[0]));

    FetchOutcome outcome = fetcher().fetch(server.url("/old"), "\"v1\"", null);

    assertThat(outcome).isEqualTo(new NotModified(server.url("/new")));
  }

  @Test
  void doesNotRecordTemporaryRedirects() {
    redirect("/old", 302, "/new");
    serveFeed("/new");

    Fetched fetched = (Fetched) fetcher().fetch(server.url("/old"), null, null);

    assertThat(fetched.movedTo()).isNull();
  }

  @Test
  void doesNotRecordAPermanentRedirectBehindATemporaryOne() {
    redirect("/a", 307, "/b");
    redirect("/b", 301, "/c");
    serveFeed("/c");

    Fetched fetched = (Fetched) fetcher().fetch(server.url("/a"), null, null);

    assertThat(fetched.movedTo()).isNull();
  }

  @Test
  void refusesARedirectToAnotherLoopbackAddress() {
    redirect("/feed", 302, "http://127.0.0.2:" + server.port() + "/feed");

    FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

    assertThat(outcome)
        .isEqualTo(
            new Failed(
                "refused: 127.0.0.2 is a loopback address"
                    + " (set partner-digest.crawl.allowed-hosts to allow it)"));
  }

  @Test
  void refusesARedirectToIpv6Loopback() {
    redirect("/feed", 301, "http://[::1]:" + server.port() + "/feed");

    FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

    assertThat(outcome).isInstanceOf(Failed.class);
    assertThat(((Failed) outcome).message()).startsWith("refused: 0:0:0:0:0:0:0:1 is a loopback");
  }

  @Test
  void refusesARedirectToAnotherScheme() {
    redirect("/feed", 302, "file:///etc/passwd");

    FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

    assertThat(outcome)
        .isEqualTo(
            new Failed(
                "refused: only http and https URLs can be fetched, not 'file:///etc/passwd'"));
  }

  @Test
  void failsOnARedirectWithoutLocation() {
    server.on("/feed", exchange -> LoopbackServer.send(exchange, 302, null, new byte[0]));

    FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

    assertThat(outcome).isInstanceOf(Failed.class);
    assertThat(((Failed) outcome).message())
        .startsWith("HTTP 302 ")
        .endsWith(" without a Location");
  }
}
