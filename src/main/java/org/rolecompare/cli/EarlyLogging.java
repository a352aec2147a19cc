package org.rolecompare.cli;

import java.nio.charset.StandardCharsets;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Logging before Spring starts (command-line parsing): warnings only, one line each, no stack
 * traces. Set up in code rather than from an XML file because every command, even {@code --help},
 * pays for it, and Logback's XML configuration costs about a tenth of a second at start; Spring Boot
 * replaces it with {@code logback-spring.xml} once a command opens its context.
 */
public final class EarlyLogging {

    private EarlyLogging() {
    }

    /** Console, warnings and errors, one line per event; unless {@code logback.configurationFile} is set. */
    public static void warningsOnly() {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{0} - %msg%n%nopex");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }
}
