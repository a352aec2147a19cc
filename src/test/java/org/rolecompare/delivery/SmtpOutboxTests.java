package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

/**
 * How SMTP failures are sorted and said: transient (4xx, connection problems) or permanent (5xx,
 * refused login), in one line an operator can act on, without the reply code printed twice.
 */
class SmtpOutboxTests {

    @Test
    void fourHundredRepliesAndConnectionFailuresAreTransientFiveHundredsAreNot() throws Exception {
        // given
        MessagingException busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null, null, null, null);
        MessagingException unknownUser = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("x@example.com"), "RCPT TO", 550, "550 5.1.1 no such user"));
        MessagingException refused = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        MessagingException login = new AuthenticationFailedException("535 5.7.8 bad credentials");

        // when / then
        assertThat(SmtpOutbox.classify(busy, "smtp.example.com", 587).isTransient()).isTrue();
        assertThat(SmtpOutbox.classify(busy, "smtp.example.com", 587).getMessage()).isEqualTo("451 4.3.0 try again later");
        assertThat(SmtpOutbox.classify(unknownUser, "smtp.example.com", 587).isTransient()).isFalse();
        assertThat(SmtpOutbox.classify(unknownUser, "smtp.example.com", 587).getMessage()).startsWith("550");
        assertThat(SmtpOutbox.classify(refused, "smtp.example.com", 587).isTransient()).isTrue();
        assertThat(SmtpOutbox.classify(refused, "smtp.example.com", 587).getMessage())
                .isEqualTo("cannot connect to smtp.example.com:587 (connection refused)");
        assertThat(SmtpOutbox.classify(login, "smtp.example.com", 587).isTransient()).isFalse();
    }
}
