/**
 * What changed since the previous completed run of a job: detection over the staged rows of both
 * runs, the stored changes, and the "changed since" note a report carries. Kept apart from
 * {@code staging} because what counts as a change, and how it is worded, is a product decision.
 */
package org.rolecompare.changes;
