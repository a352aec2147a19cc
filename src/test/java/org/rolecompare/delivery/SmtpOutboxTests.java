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
        assertThat(SmtpOutbox.classify(busy).isTransient()).isTrue();
        assertThat(SmtpOutbox.classify(busy).getMessage()).isEqualTo("451 451 4.3.0 try again later");
        assertThat(SmtpOutbox.classify(unknownUser).isTransient()).isFalse();
        assertThat(SmtpOutbox.classify(unknownUser).getMessage()).startsWith("550");
        assertThat(SmtpOutbox.classify(refused).isTransient()).isTrue();
        assertThat(SmtpOutbox.classify(login).isTransient()).isFalse();
    }
}
