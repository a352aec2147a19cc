package org.rolecompare.cli;

import java.util.List;

import org.rolecompare.RoleCompareApplication;
import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The Spring context's bean definitions prepared at build time (Spring AOT), for a faster start.
 *
 * <p>The build ({@code mvn compile} and every phase after it) runs Spring's AOT engine on this
 * class's {@link #main}: it reads the configuration classes, evaluates the conditions of the
 * auto-configurations and writes the resulting bean definitions as plain Java code, compiled into
 * the jar with the rest ({@code SpringAot__ApplicationContextInitializer}). A local session (H2,
 * no profile) registers that code instead of parsing the configuration again at every start:
 * about a tenth of a seed run's start (BENCHMARKS.md, session 15).
 *
 * <p>Why not for every session: the code fixes what was decided at build time, including which
 * profiles were active. Cluster and worker sessions activate profiles that add and remove beans,
 * so they always read their configuration at start. A build without the code (an IDE's compile,
 * say) starts the usual way. {@code -Dspring.aot.enabled=false} (in {@code JAVA_OPTS}) turns it off
 * for a process, should the generated code ever be suspected.
 */
public final class SpringAot {

    /** Spring's own switch for the generated code; read while a context starts. */
    static final String ENABLED = AotDetector.AOT_ENABLED;

    /** The class the AOT engine writes, named after the class it was run on. */
    static final String INITIALIZER = SpringAot.class.getName() + "__ApplicationContextInitializer";

    private SpringAot() {
    }

    /** Build time only: the application as the AOT engine should see it (it stops at the context's refresh). */
    public static void main(String[] args) {
        application().run(args);
    }

    /** The application every session starts: role-compare's configuration, with this class as the one the generated code is named after. */
    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(RoleCompareApplication.class).main(SpringAot.class);
    }

    /**
     * Starts a context with {@code args}: from the generated code when {@link #use} says so. Spring
     * reads its switch as a system property, so it is set for the start only and then put back as
     * it was (tests start many contexts in one JVM, some of them not from this class).
     */
    static ConfigurableApplicationContext run(List<String> args, boolean profiles) {
        String before = System.getProperty(ENABLED);
        boolean generated = use(profiles, before, ClassUtils.isPresent(INITIALIZER, SpringAot.class.getClassLoader()));
        System.setProperty(ENABLED, String.valueOf(generated));
        try {
            return application().run(args.toArray(String[]::new));
        } finally {
            if (before == null) {
                System.clearProperty(ENABLED);
            } else {
                System.setProperty(ENABLED, before);
            }
        }
    }

    /**
     * Whether a session starts from the generated code: only without profiles, only when the build
     * made the code, and not when {@value #ENABLED} is set to false.
     *
     * @param profiles whether the session activates profiles (cluster mode)
     * @param setting  the {@value #ENABLED} system property, or null
     * @param present  whether the generated initializer is on the class path
     */
    static boolean use(boolean profiles, String setting, boolean present) {
        return !profiles && present && !"false".equalsIgnoreCase(setting);
    }
}
