package org.rolecompare.compare;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with {@link Locale#US} as the default locale and restores the previous one
 * afterwards, so tests of printed numbers never depend on the machine they run on.
 */
public final class PinnedLocale implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PinnedLocale.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", Locale.getDefault());
        Locale.setDefault(Locale.US);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).get("previous", Locale.class));
    }
}
