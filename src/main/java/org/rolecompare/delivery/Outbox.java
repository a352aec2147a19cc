package org.rolecompare.delivery;

import jakarta.mail.Session;

/**
 * Where digests go: an SMTP server, or {@code .eml} files. It is the seam tests use to make a
 * server fail on purpose; the retry policy lives in {@link Deliverer}, not here.
 */
interface Outbox {

    /** The mail session messages are built in. */
    Session session();

    /** Status recorded for a message that left through this outbox ({@code sent} or {@code written}). */
    String deliveredStatus();

    /** Sends one digest; a failure says whether trying again later may help. */
    void send(Digest digest) throws DeliveryFailure;

    /** Why a message did not leave, and whether it is worth another try. */
    final class DeliveryFailure extends Exception {
        private final boolean transientFailure;

        DeliveryFailure(String message, boolean transientFailure, Throwable cause) {
            super(message, cause);
            this.transientFailure = transientFailure;
        }

        boolean isTransient() {
            return transientFailure;
        }
    }
}
