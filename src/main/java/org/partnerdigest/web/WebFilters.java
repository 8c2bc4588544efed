package org.partnerdigest.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters of the web module, ahead of Spring's own: security headers on every dispatch
 * (errors included), then the check that the request's parameters and Accept header can be read.
 * Both run after Spring Boot's character-encoding filter, which must come first so that parameters
 * decode as UTF-8.
 */
@Configuration(proxyBeanMethods = false)
class WebFilters {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST,
        DispatcherType.ERROR,
        DispatcherType.FORWARD,
        DispatcherType.INCLUDE,
        DispatcherType.ASYNC);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ReadableRequests> readableRequests() {
    var registration = new FilterRegistrationBean<>(new ReadableRequests());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
