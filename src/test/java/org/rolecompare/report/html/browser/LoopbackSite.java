package org.rolecompare.report.html.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A run folder served read-only over HTTP on 127.0.0.1 (a free port), the way a plain web server
 * would publish it, and addressed as files too, the way a file share or a browser opened on the
 * folder sees it. It answers {@code GET} and {@code HEAD} for regular files inside the folder and
 * nothing else: no directory listings, no index files, nothing outside the folder, no writes.
 */
final class LoopbackSite implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "pdf", "application/pdf", "csv", "text/csv; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Path root;
    private final HttpServer server;

    private LoopbackSite(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    static LoopbackSite serve(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> answer(folder, exchange));
        server.start();
        return new LoopbackSite(folder, server);
    }

    Path root() {
        return root;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The address of {@code page} (relative to the folder, such as {@code html/index.html}) on the server. */
    String httpUrl(String page) {
        return "http://127.0.0.1:" + port() + "/" + page;
    }

    /** The {@code file://} address of {@code page}. */
    String fileUrl(String page) {
        return root.resolve(page).toUri().toString();
    }

    private static void answer(Path root, HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] body = method.equals("GET") ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
