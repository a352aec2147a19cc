package org.rolecompare.cli;

import java.nio.file.Path;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.status.WarnStatus;

/**
 * The log file (logback-spring.xml): Logback's rolling file appender, except that a file it cannot
 * open at start is one warning, and the command goes on logging to the console only, as README
 * promises. Logback reports such a file as an error, and Spring Boot refuses to start on any error
 * in the logging configuration: a {@code validate} or {@code history} whose log file belonged to
 * another user ended in a 60-line stack trace and exit code 1. The warning reaches the console
 * through {@link OneLineStatusListener}; the appender stays stopped.
 *
 * <p>Public, because Logback makes it by reflection from the configuration file.
 */
public final class LogFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void start() {
        String reason = getFile() == null ? null : OutputFolder.unwritable(Path.of(getFile()));
        if (reason != null) {
            addStatus(new Unwritable(reason, this));
            return;
        }
        super.start();
    }

    /** The warning that the log file cannot be written: why, in a few words, from the appender. */
    static final class Unwritable extends WarnStatus {

        Unwritable(String reason, LogFileAppender appender) {
            super(reason, appender);
        }
    }
}
