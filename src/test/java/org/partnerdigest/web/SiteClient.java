package org.partnerdigest.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the site under test on loopback; answers are read as text or JSON. */
final class SiteClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  SiteClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String pathAndQuery) {
    return get(pathAndQuery, "*/*");
  }

  HttpResponse<String> get(String pathAndQuery, String accept) {
    return get(pathAndQuery, accept, null);
  }

  /** With an {@code Authorization} header, e.g. Prometheus's bearer token. */
  HttpResponse<String> get(String pathAndQuery, String accept, String authorization) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", accept);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode json(String pathAndQuery) {
    return JSON.readTree(get(pathAndQuery, "application/json").body());
  }

  static JsonNode parse(String body) {
    return JSON.readTree(body);
  }

  String base() {
    return base;
  }
}
