package org.rolecompare.cli;

/**
 * A command that starts no Spring context and so writes no log file ({@code generate},
 * {@code related}): an unexpected failure is its one line alone, which must not send the operator
 * to a log file that does not exist.
 */
interface WritesNoLogFile {
}
