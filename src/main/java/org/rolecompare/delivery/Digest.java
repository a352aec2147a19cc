package org.rolecompare.delivery;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

/**
 * One message of a recipient's digest: part {@code part} of {@code parts}, with its attachments'
 * file names, their contents' SHA-256 ({@code hashes}, in the same order) and the Message-ID it is
 * sent under. The Message-ID is derived from what the message is (run, recipient, part, attachments
 * and their bytes), so a retry of the same message keeps it and new content never reuses it.
 */
record Digest(String recipient, int part, int parts, String messageId, List<String> attachments, List<String> hashes,
              MimeMessage message) {

    Digest {
        attachments = List.copyOf(attachments);
        hashes = List.copyOf(hashes);
    }

    String label() {
        return recipient + " (part " + part + " of " + parts + ")";
    }
}
