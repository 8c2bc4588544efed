package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hostile-query run of issue 7: several hundred requests a careless or malicious client might
 * send (bad percent-encoding, control characters, huge and odd parameters, bad dates and pages,
 * deep parentheses, traversal-ish paths, odd methods and Accept headers) across every public path
 * of a crawled site, over a raw socket so that nothing is cleaned up on the way. None may answer in
 * the 5xx range, and every 4xx of the API and the Atom/OPML outputs carries a problem detail.
 */
class HostileRequestsTests extends CrawledSiteTest {

  static final List<String> PATHS =
      List.of(
          "/api/search",
          "/search",
          "/search.atom",
          "/topics/renewals",
          "/topics/x",
          "/topics/x/feed.atom",
          "/topics/renewals/feed.atom",
          "/api/entries/x",
          "/feed.atom",
          "/opml.xml",
          "/feeds",
          "/",
          "/api/feeds",
          "/api/topics");

  static final List<String> QUERIES =
      List.of(
          "q=%zz",
          "q=%",
          "q=%ff",
          "q=%C3%28",
          "q=%ED%A0%80",
          "q=%F4%90%80%80",
          "q=%C0%AF",
          "sort=%FF",
          "q=a&%zz=x",
          "%=x",
          "q=%u0041",
          "q=%%32%35",
          "q=%1b",
          "q=%00",
          "q=a%01",
          "q=%EF%BF%BE",
          "q=%E2%80%AE%F0%9F%98%80",
          "q=%3Cscript%3Ealert(1)%3C/script%3E",
          "q=" + "a".repeat(5000),
          "q=" + "%28".repeat(1999) + "a" + "%29".repeat(1999),
          "q=" + "a*+OR+".repeat(20) + "b",
          "q=%22unterminated",
          "q=*",
          "q=**",
          "q=?",
          "q=-",
          "q=OR",
          "q=AND+OR+NOT",
          "q=feed:",
          "q=topic:%22%22",
          "q=a&q=b&q=c",
          "unknown=1&another[]=2",
          "=x&&&",
          "q",
          "from=2026-02-30",
          "from=%2B99999-01-01",
          "to=0000-00-00",
          "from=2026-1-1&to=yesterday",
          "from=2026-12-31&to=2026-01-01",
          "page=-1",
          "page=99999999999",
          "page=2147483647",
          "page=2147483647&size=100",
          "size=-5",
          "size=0",
          "size=1e2",
          "size=2147483648",
          "page=1&size=100&page=2",
          "sort=DATE",
          "sort=",
          "feed=%00&group=%1b&topic=..%2F..%2Fetc%2Fpasswd",
          "author=%0D%0ASet-Cookie:%20x=1",
          "year=abc",
          "a=" + "1&a=".repeat(2000) + "1");

  static final List<String> ODD_PATHS =
      List.of(
          "/topics/..%2F..%2Fetc%2Fpasswd",
          "/topics/%2e%2e/feed.atom",
          "/topics/%zz",
          "/topics/%ff",
          "/topics/%00",
          "/topics/a%2Fb/feed.atom",
          "/api/entries/%2e%2e",
          "/api/entries/%00",
          "/api/entries/" + "x".repeat(5000),
          "/api/entries/a;jsessionid=1",
          "/api/entries/..;/..;/feeds",
          "/feeds;x=y",
          "/css/../application.yml",
          "/css/%2e%2e/application.yml",
          "/..%252f..%252fetc%252fpasswd",
          "/static/../../pom.xml",
          "/api",
          "/api/",
          "/api/search/",
          "/search.atom/",
          "/actuator/env",
          "/actuator/heapdump",
          "/error",
          "/error?status=999",
          "//api//search",
          "/%20",
          "/index.html",
          "/templates/error.html");

  /**
   * Refused by Tomcat itself with a bare 400 before any filter or servlet runs (an encoded slash or
   * NUL in the path, a path above the root), so no problem detail can be written for them.
   */
  static final List<String> REFUSED_BY_TOMCAT =
      List.of("/topics/a%2Fb/feed.atom", "/api/entries/%00", "/static/../../pom.xml");

  static final List<String> METHODS =
      List.of("PUT", "DELETE", "TRACE", "PATCH", "OPTIONS", "HEAD", "POST", "PROPFIND");

  static final List<String> ACCEPTS =
      List.of(
          "application/xml",
          "text/html",
          "garbage",
          "*/*;q=abc",
          "application/json;charset=utf-16",
          "image/png",
          "text/event-stream",
          "");

  record Probe(String method, String target, Map<String, String> headers, String body) {

    static Probe get(String target) {
      return new Probe("GET", target, Map.of(), null);
    }

    boolean isMachinePath() {
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      return path.startsWith("/api/") || path.endsWith(".atom") || path.endsWith(".xml");
    }

    @Override
    public String toString() {
      String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
      return method + " " + shown + (headers.isEmpty() ? "" : " " + headers);
    }
  }

  static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (String path : PATHS) {
      for (String query : QUERIES) {
        probes.add(Probe.get(path + "?" + query));
      }
      for (String method : METHODS) {
        probes.add(new Probe(method, path + "?q=renewal", Map.of(), null));
      }
      for (String accept : ACCEPTS) {
        probes.add(new Probe("GET", path + "?q=renewal", Map.of("Accept", accept), null));
      }
      probes.add(
          new Probe(
              "POST",
              path,
              Map.of("Content-Type", "application/x-www-form-urlencoded"),
              "q=%zz&size=%FF"));
      probes.add(
          new Probe(
              "PUT", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), "q=%"));
    }
    ODD_PATHS.forEach(path -> probes.add(Probe.get(path)));
    return probes;
  }

  @Test
  void hostileRunGetsNoServerErrorAndApiRefusalsAreProblems() throws IOException {
    RawHttp raw = new RawHttp(port);
    List<Probe> probes = probes();
    List<String> serverErrors = new ArrayList<>();
    List<String> bareRefusals = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();

    for (Probe probe : probes) {
      RawHttp.Response response =
          raw.send(probe.method(), probe.target(), probe.headers(), probe.body());
      statuses.merge(response.status(), 1, Integer::sum);
      if (response.status() >= 500) {
        serverErrors.add(response.status() + " " + probe);
      } else if (REFUSED_BY_TOMCAT.contains(probe.target())) {
        assertThat(response.status()).as(probe.toString()).isEqualTo(400);
      } else if (response.status() >= 400
          && probe.isMachinePath()
          && !probe.method().equals("HEAD")
          && !isProblem(response)) {
        bareRefusals.add(response.status() + " " + probe + " → " + response.header("Content-Type"));
      }
    }

    report(probes.size(), statuses, serverErrors.size());
    assertThat(probes).hasSizeGreaterThan(900);
    assertThat(serverErrors).as("answers in the 5xx range").isEmpty();
    assertThat(bareRefusals).as("API/output refusals without a problem detail").isEmpty();
  }

  /** target/hostile-run.txt: how many requests were sent and what they were answered. */
  private static void report(int requests, Map<Integer, Integer> statuses, int serverErrors)
      throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "hostile-run.txt"),
        "hostile run: "
            + requests
            + " requests, "
            + serverErrors
            + " answered 5xx; by status: "
            + statuses
            + "\n");
  }

  private static boolean isProblem(RawHttp.Response response) {
    String type = response.header("Content-Type");
    if (type == null || !type.startsWith("application/problem+json")) {
      return false;
    }
    JsonNode problem = SiteClient.parse(response.body());
    return problem.path("status").asInt() == response.status()
        && !problem.path("title").asString("").isBlank();
  }
}
