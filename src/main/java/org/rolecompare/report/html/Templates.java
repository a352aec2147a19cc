package org.rolecompare.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

/**
 * The JTE engine of the web pages, on templates compiled at build time into this package (the
 * {@code jte-maven-plugin} in the pom): nothing is compiled at run time and no JDK compiler is
 * needed. Pages render straight to UTF-8 bytes, the templates' static parts being encoded once at
 * build time. Thread-safe: the report threads render pages at once.
 */
final class Templates {

    private static final TemplateEngine ENGINE = precompiled();

    /** Bytes a page starts with room for: a comparison page is about 22 KB; a bigger one grows the array. */
    private static final int PAGE_CAPACITY = 32 * 1024;

    private Templates() {
    }

    /** The page of template {@code name} ({@code "role.jte"}) for {@code model}, as UTF-8 bytes. */
    static byte[] render(String name, Object model) {
        PageBytes bytes = new PageBytes(PAGE_CAPACITY);
        ENGINE.render(name, model, new PageOutput(bytes));
        return bytes.toByteArray();
    }

    /**
     * JTE finds precompiled templates through the context class loader of the thread that creates
     * the engine, which in a worker or render thread need not be the one that loaded this class.
     */
    private static TemplateEngine precompiled() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Templates.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, null, Templates.class.getPackageName());
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
