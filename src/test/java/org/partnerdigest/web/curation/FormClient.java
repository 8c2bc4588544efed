package org.partnerdigest.web.curation;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.partnerdigest.web.EditorSession;

/**
 * A browser without a browser for the editors' pages, signed in as an editor ({@link
 * EditorSession}): keeps the session cookie (sign-in, flash messages), does not follow redirects
 * (tests look at them), and submits a page's own forms with the values they carry (the CSRF token
 * among them), as a person pressing a button would.
 */
final class FormClient {

  /** One answer: status, body parsed as HTML, and the redirect target if any. */
  record Page(int status, String body, Document html, String location) {

    /** The form's fields as the page sets them, plus the pressed button and any overrides. */
    List<Map.Entry<String, String>> form(String selector, String step, Map<String, String> set) {
      FormElement form = (FormElement) html.selectFirst(selector);
      if (form == null) {
        throw new AssertionError("no form " + selector + " on the page:\n" + body);
      }
      List<Map.Entry<String, String>> fields = new ArrayList<>();
      form.formData().stream()
          .filter(kv -> !set.containsKey(kv.key()))
          .forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
      set.forEach((k, v) -> fields.add(Map.entry(k, v)));
      if (step != null) {
        fields.add(Map.entry("step", step));
      }
      return fields;
    }

    String action(String selector) {
      return html.selectFirst(selector).attr("action");
    }
  }

  private final EditorSession session;
  private final String base;

  FormClient(int port) {
    this.session = new EditorSession(port).signedIn();
    this.base = "http://127.0.0.1:" + port;
  }

  Page get(String path) {
    return send(session.request(path).GET());
  }

  /** Posts the fields as they are (a page's form carries its own CSRF token). */
  Page post(String path, List<Map.Entry<String, String>> fields) {
    String body =
        fields.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        session
            .request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts the fields with the session's CSRF token, as a button on one of the pages would. */
  Page post(String path, Map<String, String> fields) {
    List<Map.Entry<String, String>> withToken = new ArrayList<>(fields.entrySet());
    withToken.add(Map.entry("_csrf", csrf()));
    return post(path, withToken);
  }

  /** Submits the form {@code selector} of {@code page} with the button {@code step}. */
  Page submit(Page page, String selector, String step, Map<String, String> set) {
    return post(page.action(selector), page.form(selector, step, set));
  }

  /** Uploads a file as the OPML page's form does: the CSRF token first, then the file. */
  Page upload(String path, String field, String fileName, byte[] content) {
    return upload(path, field, fileName, content, true);
  }

  Page upload(String path, String field, String fileName, byte[] content, boolean withToken) {
    String boundary = "----curation-test-boundary";
    var out = new ByteArrayOutputStream();
    if (withToken) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                  + csrf()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/x-opml\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        session
            .request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  /** Follows a redirect answer within the site. */
  Page follow(Page redirect) {
    if (redirect.location() == null) {
      throw new AssertionError("not a redirect: " + redirect.status() + "\n" + redirect.body());
    }
    return get(
        URI.create(base).resolve(redirect.location()).getRawPath() + query(redirect.location()));
  }

  private static String query(String location) {
    String q = URI.create(location).getRawQuery();
    return q == null ? "" : "?" + q;
  }

  private String csrf() {
    return session.csrf("/admin/feeds/try");
  }

  private Page send(HttpRequest.Builder request) {
    HttpResponse<String> response = session.send(request);
    return new Page(
        response.statusCode(),
        response.body(),
        Jsoup.parse(response.body(), base),
        response.headers().firstValue("Location").orElse(null));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
