package org.openras.service.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs PostgreSQL on 127.0.0.1:5432: skipped with a message where there is none,
 * failed instead when OPENRAS_REQUIRE_POSTGRES=true (as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
@Tag("postgres")
public @interface RequiresPostgres {}
