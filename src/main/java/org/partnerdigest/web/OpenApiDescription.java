package org.partnerdigest.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and summary of the JSON API's OpenAPI description ({@code /v3/api-docs}); springdoc
 * derives the operations from the {@code /api/**} handlers themselves, so it cannot drift from them
 * (OpenApiTests checks both ways).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

  @Bean
  OpenAPI partnerDigestApi() {
    String version = OpenApiDescription.class.getPackage().getImplementationVersion();
    return new OpenAPI()
        .info(
            new Info()
                .title("Partner Digest API")
                .version(version == null ? "dev" : version)
                .description(
                    "Search the archive of partner-program posts, read entries, list sources and"
                        + " topics, subscribe to the weekly digest. Errors are RFC 9457 problem"
                        + " details (application/problem+json). Searches are rate-limited per"
                        + " client address (429 with Retry-After)."));
  }
}
