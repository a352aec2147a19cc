package org.rolecompare.job;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The database's tables: Spring Batch's and the staging script of the database in use
 * ({@code rolecompare.staging.schema}: H2's by default, PostgreSQL's in cluster mode), created or
 * updated only when they are not this release's (see {@link StampedSchemaInitializer}).
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    StampedSchemaInitializer schemaInitializer(DataSource dataSource, BatchJdbcProperties batch,
                                               @Value("${rolecompare.staging.schema}") Resource stagingSchema) {
        return new StampedSchemaInitializer(dataSource, batch, stagingSchema);
    }
}
