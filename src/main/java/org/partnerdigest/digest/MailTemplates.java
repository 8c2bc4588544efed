package org.partnerdigest.digest;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail templates ({@code classpath:mail/*.html} and {@code *.txt}), rendered by an engine of
 * their own: mails need inline CSS and a text mode, which the site's templates must not have.
 * Everything is escaped except what the templates mark otherwise (nothing).
 */
final class MailTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
    engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
  }

  private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  RenderedMail render(String template, String subject, Map<String, Object> model) {
    Context context = new Context(Locale.ENGLISH, model);
    context.setVariable("subject", subject);
    String html = engine.process(template, context);
    String text = engine.process(template + "-text", context);
    return new RenderedMail(subject, html, text);
  }
}
