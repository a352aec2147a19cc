package org.rolecompare.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on 127.0.0.1 for the cases GreenMail cannot play: one that accepts
 * connections and never answers ({@link Behaviour#SILENT}), and one that takes mail but offers no
 * login ({@link Behaviour#NO_LOGIN}: its EHLO reply names no AUTH).
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** How the server behaves once a client has connected. */
    public enum Behaviour { SILENT, NO_LOGIN }

    private final Behaviour behaviour;
    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    public ScriptedSmtpServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Messages accepted (DATA completed). */
    public int messages() {
        return messages.get();
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket client : clients) {
            client.close();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                connections.incrementAndGet();
                if (behaviour == Behaviour.NO_LOGIN) {
                    Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                    session.setDaemon(true);
                    session.start();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = client.getOutputStream();
            say(out, "220 127.0.0.1 ESMTP scripted");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250-127.0.0.1\r\n250 8BITMIME");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
                    case "DATA" -> {
                        say(out, "354 end with .");
                        for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                            // the message is not kept; only counted
                        }
                        messages.incrementAndGet();
                        say(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "502 not implemented");
                }
            }
        } catch (IOException closed) {
            // the client or the test closed the connection
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
