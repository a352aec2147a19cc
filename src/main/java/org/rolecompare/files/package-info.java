/**
 * File output shared by the reports and publishing: writing a file atomically (temporary name,
 * fsync, rename), UTF-8 and CSV writers, SHA-256 fingerprints of the inputs, and the run facts
 * (date, counts, findings) that every output shows. It lets {@code report} and {@code publish}
 * share this code without depending on each other.
 */
package org.rolecompare.files;
