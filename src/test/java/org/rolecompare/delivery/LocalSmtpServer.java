package org.rolecompare.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server for trying delivery by hand: {@code LocalSmtpServer PORT SECONDS DIR} listens
 * on 127.0.0.1:PORT, and after SECONDS (or once the first message has arrived and a few quiet
 * seconds passed) saves every received message as {@code DIR/N.eml} and prints who got what.
 */
final class LocalSmtpServer {

    private LocalSmtpServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long seconds = Long.parseLong(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        System.out.println("listening on 127.0.0.1:" + port);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            Thread.sleep(500);
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = 0; i < received.length; i++) {
            Path file = dir.resolve((i + 1) + ".eml");
            try (var out = Files.newOutputStream(file)) {
                received[i].writeTo(out);
            }
            System.out.println(file + ": to " + received[i].getAllRecipients()[0] + ", subject " + received[i].getSubject());
        }
        smtp.stop();
    }
}
