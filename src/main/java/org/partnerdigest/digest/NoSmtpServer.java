package org.partnerdigest.digest;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when neither {@code spring.mail.host} nor {@code spring.mail.jndi-name} is set: Spring Boot
 * then configures no mail sender and the digest writes to its outbox instead. (A missing-bean
 * condition would not do: our configuration is evaluated before Boot's.)
 */
final class NoSmtpServer implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var env = context.getEnvironment();
    return !hasText(env.getProperty("spring.mail.host"))
        && !hasText(env.getProperty("spring.mail.jndi-name"));
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
