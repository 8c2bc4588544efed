package org.partnerdigest.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/prometheus} must not show where the data lives on disk (issue 7): the {@code
 * path} tag of the {@code disk.*} meters keeps only the directory's own name, e.g. {@code data}.
 */
@Configuration(proxyBeanMethods = false)
class DiskMetricNames {

  @Bean
  MeterFilter diskPathAsName() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        String path = id.getTag("path");
        if (path == null || !id.getName().startsWith("disk.")) {
          return id;
        }
        return id.replaceTags(Tags.of(id.getTagsAsIterable()).and("path", name(path)));
      }
    };
  }

  private static String name(String path) {
    try {
      Path name = Path.of(path).normalize().getFileName();
      return name == null ? "/" : name.toString();
    } catch (InvalidPathException e) {
      return "data";
    }
  }
}
