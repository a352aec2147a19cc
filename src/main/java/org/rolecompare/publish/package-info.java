/**
 * Making a run's outputs visible, all or nothing: the staging folder a run writes into, its
 * ownership and lock, data-quality.csv and the rejected rows, manifest.json, the atomic rename into
 * OUTPUT/RUN-DATE, recovery after a crash, and retention of old runs.
 */
package org.rolecompare.publish;
