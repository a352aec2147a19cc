package org.rolecompare.cli;

/**
 * The command cannot go on for a reason the operator can fix, said in one line that names what to
 * do; printed without a stack trace, exit code 1. A cause, when there is one, goes to the log file.
 */
class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
