/**
 * The staging tables a run loads its input into (H2 by default, PostgreSQL in cluster mode):
 * inserts, clearing and pruning, counts, findings, the accepted rows and role profiles, and the
 * page-by-page queries the report partitions read. Every statement is a constant string.
 *
 * <p>Takes a run id and line ranges and returns {@code compare}, {@code validate}, {@code ingest}
 * and {@code related} types or records of its own; it holds no business rule ({@code CrossCheck}
 * feeds the rows to the {@code validate} rules and applies their decisions) and knows nothing of
 * reports, job parameters or run settings.
 */
package org.rolecompare.staging;
