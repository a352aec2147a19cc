package org.rolecompare.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Test helpers for mail: a message's attachments by file name, and a free port for an SMTP server on 127.0.0.1. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    /** The attachments of a received digest, by file name, as decoded bytes. */
    public static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    files.put(part.getFileName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    /** A port nobody listens on right now, for a server started (or deliberately not started) later. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
