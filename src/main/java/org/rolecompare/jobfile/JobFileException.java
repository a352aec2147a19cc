package org.rolecompare.jobfile;

/**
 * A job file, or one of its values, that cannot be used. The message names the key (and, once
 * {@link JobFile} has seen it, the file), because a typo in a nightly job must stop the run with a
 * line the operator can act on rather than be silently ignored.
 */
public class JobFileException extends IllegalArgumentException {

    public JobFileException(String message) {
        super(message);
    }
}
