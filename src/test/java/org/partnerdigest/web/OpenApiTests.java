package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at {@code /v3/api-docs} matches the real {@code /api/**} handlers both
 * ways, every documented operation answers, and the Swagger UI page is public and served under the
 * site's Content-Security-Policy (no inline script; one inline style allowed by its hash).
 */
class OpenApiTests extends EmptySiteTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  @Test
  void describesExactlyTheApiHandlers() {
    assertThat(documentedOperations()).isEqualTo(handledOperations()).isNotEmpty();
  }

  @Test
  void everyDocumentedOperationAnswers() {
    JsonNode paths = description().get("paths");
    for (String operation : documentedOperations()) {
      String method = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
      RawHttp.Response response =
          "GET".equals(method)
              ? new RawHttp(port).send(method, path, Map.of("Accept", "application/json"))
              : new RawHttp(port)
                  .send(
                      method,
                      path,
                      Map.of("Accept", "application/json", "Content-Type", "application/json"),
                      "{\"email\": \"not an address\"}");

      // The handler's own answer: a result, or its problem detail (no entry x, bad address).
      assertThat(response.status()).as(operation).isIn(200, 202, 400, 404);
      assertThat(response.header("Content-Type")).as(operation).contains("json");
      if (response.status() >= 400) {
        assertThat(response.body()).as(operation).contains("\"detail\"").doesNotContain("Sign in");
      }
    }
    assertThat(paths.has("/api/search")).isTrue();
  }

  @Test
  void documentsTheSearchParametersOneByOne() {
    JsonNode parameters = description().at("/paths/~1api~1search/get/parameters");

    Set<String> names = new TreeSet<>();
    parameters.forEach(p -> names.add(p.get("name").asString()));
    assertThat(names)
        .containsExactlyInAnyOrder(
            "q",
            "feed",
            "group",
            "topic",
            "author",
            "from",
            "to",
            "sort",
            "page",
            "size",
            "verbatim");
  }

  @Test
  void swaggerUiIsPublicAndUnderTheSiteCsp() {
    HttpResponse<String> redirect = site.get("/swagger-ui.html", "text/html");
    assertThat(redirect.statusCode()).isEqualTo(302);
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/swagger-ui/index.html");

    RawHttp.Response page =
        new RawHttp(port).send("GET", "/swagger-ui/index.html", Map.of("Accept", "text/html"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.SWAGGER_UI_POLICY)
        .contains("script-src 'self';")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(
            site.get("/api/search", "application/json")
                .headers()
                .firstValue("Content-Security-Policy"))
        .contains(SecurityHeaders.HEADERS.get("Content-Security-Policy"));
    // every script is a file of our own origin: nothing inline for the policy to allow
    assertThat(page.body()).contains("<script src=").doesNotContainPattern("<script(?![^>]*src=)");

    JsonNode config = SiteClient.parse(site.get("/v3/api-docs/swagger-config").body());
    assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
  }

  private JsonNode description() {
    HttpResponse<String> response = site.get("/v3/api-docs", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    return SiteClient.parse(response.body());
  }

  /** {@code "GET /api/search"}, … as the description lists them. */
  private Set<String> documentedOperations() {
    Set<String> operations = new TreeSet<>();
    description()
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .propertyNames()
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
    return operations;
  }

  /** The same from Spring MVC's own handler mappings under {@code /api/}. */
  private Set<String> handledOperations() {
    Set<String> operations = new TreeSet<>();
    handlers
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(pattern -> pattern.startsWith("/api/"))
                    .forEach(
                        pattern ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> operations.add(method.name() + " " + pattern))));
    return operations;
  }
}
