package org.rolecompare.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.rolecompare.files.AtomicFiles;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * {@code mail.mode: file}: writes each digest as an {@code .eml} file into the published run's
 * {@code mail/} folder instead of sending it, for previews and dry runs. Each file appears
 * atomically, so a reader never opens half a message.
 */
final class FileOutbox implements Outbox {

    static final String FOLDER = "mail";

    private final Path dir;
    private final Session session = Session.getInstance(new Properties());

    FileOutbox(Path runDir) {
        this.dir = runDir.resolve(FOLDER);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String deliveredStatus() {
        return "written";
    }

    @Override
    public void send(Digest digest) throws DeliveryFailure {
        Path file = dir.resolve(fileName(digest));
        try {
            AtomicFiles.write(file, out -> {
                try {
                    digest.message().writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new DeliveryFailure("cannot write " + file + ": " + e.getMessage(), false, e);
        }
    }

    static String fileName(Digest digest) {
        String who = digest.recipient().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
        return who + "-part-" + digest.part() + "-of-" + digest.parts() + ".eml";
    }
}
