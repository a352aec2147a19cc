/**
 * The command line (picocli): run, validate, schedule, history, deliver, generate and worker, the
 * run lock, the one-line console status, and the mapping of outcomes to exit codes. The only
 * package that may depend on all the others.
 */
package org.rolecompare.cli;
