package org.rolecompare.jobfile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a job file key accepts, on a component of a bound record: the words a refusal uses
 * ("retention.keep-runs must be a whole number of at least 1, not '0'") and, for numbers, durations
 * and sizes, the range {@link JobFile} checks. Without it a refusal describes the component's type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Accepts {

    /** The accepted values in words, such as "a whole number from 1 to 20". */
    String value();

    /** The smallest accepted value: a number, a duration in milliseconds or a size in bytes. */
    long min() default Long.MIN_VALUE;

    /** The largest accepted value, in the units of {@link #min()}. */
    long max() default Long.MAX_VALUE;
}
