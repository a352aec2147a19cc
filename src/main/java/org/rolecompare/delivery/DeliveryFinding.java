package org.rolecompare.delivery;

/**
 * Something wrong in the mail configuration or the subscriptions file (an invalid address, a
 * missing file), located by source and line so the operator can fix it. Such a recipient is
 * skipped; the others still get their mail.
 */
record DeliveryFinding(String source, String location, String value, String message) {

    @Override
    public String toString() {
        return source + (location.isEmpty() ? "" : " " + location) + ": " + message;
    }
}
