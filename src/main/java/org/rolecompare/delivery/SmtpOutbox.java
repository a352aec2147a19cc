package org.rolecompare.delivery;

import java.io.IOException;
import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * Sends digests to the job's SMTP server, one connection per message, and sorts failures: a 4xx
 * reply, a refused connection or a timeout may pass (transient); a 5xx reply or a rejected login
 * will not (permanent). The password is handed to the transport only; it is never logged.
 */
final class SmtpOutbox implements Outbox {

    static final int TIMEOUT_MILLIS = 30_000;

    private final MailSettings settings;
    private final String password;
    private final Session session;

    SmtpOutbox(MailSettings settings, String password) {
        this.settings = settings;
        this.password = password;
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        props.setProperty("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        props.setProperty("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
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
            transport.sendMessage(digest.message(), digest.message().getAllRecipients());
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    static DeliveryFailure classify(MessagingException e) {
        String message = firstLine(e);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Integer code = replyCode(t);
            if (code != null) {
                return new DeliveryFailure(code + " " + firstLine(t), code >= 400 && code < 500, e);
            }
            if (t instanceof AuthenticationFailedException) {
                return new DeliveryFailure("login refused: " + message, false, e);
            }
            if (t instanceof MailConnectException || t instanceof IOException) {
                return new DeliveryFailure(message, true, e);
            }
        }
        return new DeliveryFailure(message, false, e);
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
