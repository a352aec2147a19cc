package org.rolecompare.delivery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * Sends digests to the job's SMTP server, one connection per message, and sorts failures: a 4xx
 * reply, a refused connection or a timeout may pass (transient); a 5xx reply or a rejected login
 * will not (permanent). The password is handed to the transport only; it is never logged.
 *
 * <p>Every connect, read and write waits at most {@code mail.timeout}. With {@code mail.username} set,
 * a server that offers no login (no AUTH after EHLO) is a permanent failure: mailing without the
 * login the job file asks for would hide a misconfigured server.
 */
final class SmtpOutbox implements Outbox {

    private final MailSettings settings;
    private final String password;
    private final Session session;

    SmtpOutbox(MailSettings settings, String password) {
        this.settings = settings;
        this.password = password;
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        String timeout = String.valueOf(settings.timeout().toMillis());
        props.setProperty("mail.smtp.connectiontimeout", timeout);
        props.setProperty("mail.smtp.timeout", timeout);
        props.setProperty("mail.smtp.writetimeout", timeout);
        props.setProperty("mail.smtp.auth", String.valueOf(settings.username() != null));
        switch (settings.security()) {
            case STARTTLS -> {
                props.setProperty("mail.smtp.starttls.enable", "true");
                props.setProperty("mail.smtp.starttls.required", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                props.setProperty("mail.smtp.ssl.enable", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // plain SMTP, for a relay on the same host or network
            }
        }
        this.session = Session.getInstance(props);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String deliveredStatus() {
        return "sent";
    }

    @Override
    public void send(Digest digest) throws DeliveryFailure {
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(), settings.username(), password);
            if (settings.username() != null && !offersLogin(transport)) {
                throw new DeliveryFailure("the server " + settings.host() + ":" + settings.port()
                        + " does not offer login (no AUTH after EHLO), but mail.username is set; nothing was sent"
                        + " (check mail.host, mail.port and mail.security, or remove mail.username)", false, null);
            }
            transport.sendMessage(digest.message(), digest.message().getAllRecipients());
        } catch (MessagingException e) {
            throw classify(e, settings.host(), settings.port());
        }
    }

    private static boolean offersLogin(Transport transport) {
        return transport instanceof SMTPTransport smtp && (smtp.supportsExtension("AUTH") || smtp.supportsExtension("AUTH=LOGIN"));
    }

    static DeliveryFailure classify(MessagingException e, String host, int port) {
        String message = firstLine(e);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Integer code = replyCode(t);
            if (code != null) {
                String reply = firstLine(t);
                return new DeliveryFailure(reply.startsWith(String.valueOf(code)) ? reply : code + " " + reply,
                        code >= 400 && code < 500, e);
            }
            if (t instanceof AuthenticationFailedException) {
                return new DeliveryFailure("login refused: " + message, false, e);
            }
            if (t instanceof MailConnectException || t instanceof IOException) {
                return new DeliveryFailure(connectionProblem(e, host, port), true, e);
            }
        }
        return new DeliveryFailure(message, false, e);
    }

    /** "cannot connect to smtp.example.com:587 (connection refused)", or what else went wrong with the connection. */
    private static String connectionProblem(MessagingException e, String host, int port) {
        boolean connecting = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            connecting |= t instanceof MailConnectException;
            String where = host + ":" + port;
            if (t instanceof ConnectException) {
                return "cannot connect to " + where + " (connection refused)";
            }
            if (t instanceof UnknownHostException) {
                return "cannot connect to " + where + " (unknown host)";
            }
            if (t instanceof NoRouteToHostException) {
                return "cannot connect to " + where + " (no route to host)";
            }
            if (t instanceof SocketTimeoutException) {
                return (connecting ? "cannot connect to " + where : "the server " + where + " did not answer")
                        + " (timed out, mail.timeout)";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return (connecting ? "cannot connect to " : "connection to ") + host + ":" + port + " failed (" + firstLine(root) + ")";
    }

    private static Integer replyCode(Throwable t) {
        if (t instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        if (t instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        return null;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }
}
