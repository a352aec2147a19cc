package org.rolecompare.cli;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.recovery.ResilientFileOutputStream;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;

/**
 * Logback's own problems as one line each on stderr, instead of a stack trace per failed write:
 * a full disk under {@code OUTPUT/logs/} made Spring Boot's console status listener print every
 * failed write with its trace (~190 lines in a seed run). Declared in logback-spring.xml, it
 * replaces that listener. The run goes on, logging to the console; each distinct problem is printed
 * once, and at most {@value #MAX_LINES} are. Errors are printed, and the one warning that a log file
 * cannot be opened at all ({@link LogFileAppender}).
 */
public final class OneLineStatusListener extends ContextAwareBase implements StatusListener, LifeCycle {

    private static final int MAX_LINES = 3;

    private final Set<String> printed = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    /** Removes the console status listeners (Spring Boot adds one before reading the configuration). */
    @Override
    public void start() {
        StatusManager manager = getContext().getStatusManager();
        for (StatusListener listener : manager.getCopyOfStatusListenerList()) {
            if (listener instanceof OnConsoleStatusListener) {
                manager.remove(listener);
                ((OnConsoleStatusListener) listener).stop();
            }
        }
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    @Override
    public void addStatusEvent(Status status) {
        if (status.getLevel() < Status.ERROR && !(status instanceof LogFileAppender.Unwritable)) {
            return;
        }
        String line = line(status);
        if (printed.size() < MAX_LINES && printed.add(line)) {
            System.err.println("role-compare: " + line);
        }
    }

    static String line(Status status) {
        Object origin = status.getOrigin();
        String file = origin instanceof ResilientFileOutputStream stream ? String.valueOf(stream.getFile())
                : origin instanceof FileAppender<?> appender ? appender.getFile() : null;
        String reason = reason(status);
        if (file != null) {
            return "cannot write the log file " + file + " (" + reason + "); the run goes on, logging to the console only";
        }
        return "logging: " + reason;
    }

    private static String reason(Status status) {
        Throwable cause = status.getThrowable();
        String text = cause == null || cause.getMessage() == null ? status.getMessage() : cause.getMessage();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
