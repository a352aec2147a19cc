package org.rolecompare.files;

import java.io.IOException;

/**
 * Does an I/O action on every item of a list even when some fail, then throws the first failure
 * with the later ones suppressed on it. For the ends of a batch of files (forcing, closing), where
 * stopping at the first failure would leave the other files unforced or open.
 */
public final class IoEach {

    /** An action on one item that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Action<T> {
        void accept(T item) throws IOException;
    }

    private IoEach() {
    }

    /** Runs {@code action} on each item in order; throws the first failure, the others suppressed on it. */
    public static <T> void forEach(Iterable<? extends T> items, Action<? super T> action) throws IOException {
        IOException failure = null;
        for (T item : items) {
            try {
                action.accept(item);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
