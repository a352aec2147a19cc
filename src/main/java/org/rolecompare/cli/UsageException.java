package org.rolecompare.cli;

/** The command line or the job file is wrong; printed as one line, exit code 64. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
