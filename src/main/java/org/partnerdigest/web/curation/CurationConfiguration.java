package org.partnerdigest.web.curation;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets curation handlers take a {@link ReviewStep}. */
@Configuration(proxyBeanMethods = false)
class CurationConfiguration implements WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ReviewStepResolver());
  }
}
