package org.rolecompare.delivery;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

/**
 * One message of a recipient's digest: part {@code part} of {@code parts}, with its attachments'
 * file names and the Message-ID it is sent under. The Message-ID is derived from what the message
 * is (run, recipient, part, attachments), so the delivery record recognises it on a re-run.
 */
record Digest(String recipient, int part, int parts, String messageId, List<String> attachments, MimeMessage message) {

    Digest {
        attachments = List.copyOf(attachments);
    }

    String label() {
        return recipient + " (part " + part + " of " + parts + ")";
    }
}
