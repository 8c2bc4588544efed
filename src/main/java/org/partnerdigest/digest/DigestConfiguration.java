package org.partnerdigest.digest;

import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The digest's infrastructure: signing key, schedule, the outbox when there is no SMTP server. */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DigestConfiguration.class);

  @Bean
  LinkTokens digestLinkTokens(DigestProperties properties) {
    return new LinkTokens(SigningKey.of(properties));
  }

  @Bean
  EditionSchedule editionSchedule(DigestProperties properties) {
    return new EditionSchedule(
        properties.digest().cron(), properties.digest().zone(), properties.digest().settle());
  }

  @Bean
  TransactionTemplate digestTransactions(PlatformTransactionManager transactionManager) {
    return new TransactionTemplate(transactionManager);
  }

  @Bean
  @Conditional(NoSmtpServer.class)
  OutboxMailSender digestOutbox(DigestProperties properties, ObjectProvider<InstantSource> clock) {
    return new OutboxMailSender(properties.outboxDir(), clock.getIfUnique(InstantSource::system));
  }

  @Bean
  MailLog digestMailLog(JavaMailSender sender) {
    return new MailLog(sender);
  }

  /** Says once at start-up where digests and confirmation mails go. */
  record MailLog(JavaMailSender sender) {

    @EventListener(ApplicationReadyEvent.class)
    public void started() {
      log.info("digest mail goes to {}", MailDestination.of(sender));
    }
  }
}
