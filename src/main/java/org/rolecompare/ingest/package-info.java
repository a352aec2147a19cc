/**
 * Reading the five input CSV files: physical line numbers, header checks, size limits and typed
 * value parsers. Knows nothing of rules between rows or files; a value that cannot be read becomes
 * an error naming file, line, column and value.
 *
 * <p>Depends on {@code compare} only (for the role types it reads into).
 */
package org.rolecompare.ingest;
