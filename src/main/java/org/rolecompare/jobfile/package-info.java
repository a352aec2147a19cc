/**
 * Reading a job file (jobs/*.yml) with Spring Boot's {@code Binder} into records: one reader for
 * the job, mail and cluster sections, with Boot's duration and size formats, unknown keys refused,
 * and messages that name the file, the key, the value and what it accepts.
 */
package org.rolecompare.jobfile;
