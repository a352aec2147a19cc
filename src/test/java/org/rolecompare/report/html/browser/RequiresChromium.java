package org.rolecompare.report.html.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives {@link Chromium}: where Chromium or ChromeDriver is missing, every
 * test of the class is skipped (counted as skipped, and one line on the console says why and how to
 * install them) before anything of the class runs, unless {@value Chromium#REQUIREMENT} is
 * {@code required}; then the class runs and fails on the missing browser, as CI should.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumCondition.class)
@interface RequiresChromium {
}
