package org.partnerdigest;

import org.partnerdigest.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Partner Digest: crawls partner-program feeds, archives, indexes and serves them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PartnerDigestApplication {

  public static void main(String[] args) {
    if (CommandLine.handles(args)) {
      System.exit(CommandLine.run(args));
    }
    SpringApplication.run(PartnerDigestApplication.class, args);
  }
}
