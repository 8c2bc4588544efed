package org.partnerdigest.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the site under test: keeps cookies, follows no redirects, and posts
 * forms with the CSRF token read from a page, as a browser submitting the page's form would.
 */
public final class EditorSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  private final String forwardedFor;

  public EditorSession(int port) {
    this(port, null);
  }

  /** A client that a trusted proxy on loopback forwards for {@code forwardedFor}. */
  EditorSession(int port, String forwardedFor) {
    this.base = "http://127.0.0.1:" + port;
    this.forwardedFor = forwardedFor;
  }

  /** Signs in as {@code username} through the sign-in form; returns the answer to the post. */
  HttpResponse<String> signIn(String username, String password) {
    String token = csrf("/login");
    return post("/login", Map.of("username", username, "password", password, "_csrf", token));
  }

  /** Signs in as {@link Editors#ED} and checks that it worked. */
  public EditorSession signedIn() {
    HttpResponse<String> answer = signIn(Editors.ED, Editors.PASSWORD);
    if (answer.statusCode() != 302
        || answer.headers().firstValue("Location").orElse("").contains("error")) {
      throw new AssertionError("sign-in failed: " + answer.statusCode() + " " + answer.headers());
    }
    return this;
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return get(pathAndQuery, "text/html");
  }

  HttpResponse<String> get(String pathAndQuery, String accept) {
    return send(request(pathAndQuery).header("Accept", accept).GET());
  }

  /** Posts a form as it is, without adding a CSRF token. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, "text/html");
  }

  HttpResponse<String> post(String path, Map<String, String> form, String accept) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts a form with the CSRF token of the editors' overview page, as a browser would. */
  HttpResponse<String> submit(String path, Map<String, String> form) {
    return submit("/admin", path, form);
  }

  /** Posts a form with the CSRF token of the page at {@code tokenFrom}, as a browser would. */
  public HttpResponse<String> submit(String tokenFrom, String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", csrf(tokenFrom));
    return post(path, withToken);
  }

  public String csrf(String page) {
    Matcher token = CSRF.matcher(get(page).body());
    if (!token.find()) {
      throw new AssertionError(page + " has no CSRF token");
    }
    return token.group(1);
  }

  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
