package org.partnerdigest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs the tests' real PostgreSQL ({@link TestPostgres}): skipped as a whole
 * when none is configured (its set-up never runs), except in CI, where it runs and fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestPostgres.Configured.class)
public @interface RequiresPostgres {}
