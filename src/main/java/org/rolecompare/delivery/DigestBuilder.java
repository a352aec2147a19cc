package org.rolecompare.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Builds a recipient's digest: a multipart/alternative body (plain text and HTML, see
 * {@link DigestText}) and the recipient's PDFs attached under their titles (see
 * {@link AttachmentNames}). When the attachments would pass the size cap the digest is split into
 * numbered parts ("(1 of 3)" in the subject), each under the cap; a single PDF larger than the cap
 * travels alone.
 *
 * <p>The Message-ID is derived from the run, recipient, part and the attachments' file names in the
 * run folder, not from the names they travel under, so wording and naming changes never make a
 * delivered message look new.
 */
final class DigestBuilder {

    private final MailSettings settings;
    private final Session session;
    private final Clock clock;
    private PublishedRun headlinesRun;
    private Headlines headlines;

    DigestBuilder(MailSettings settings, Session session, Clock clock) {
        this.settings = settings;
        this.session = session;
        this.clock = clock;
    }

    List<Digest> build(PublishedRun run, Recipients.Routing routing) throws IOException, MessagingException {
        List<List<PublishedRun.Report>> groups = split(routing.reports(), settings.maxAttachmentBytes());
        List<Digest> digests = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int part = i + 1;
            List<PublishedRun.Report> group = groups.get(i);
            List<String> names = group.stream().map(PublishedRun.Report::fileName).toList();
            String messageId = messageId(run, routing.address(), part, groups.size(), names);
            digests.add(new Digest(routing.address(), part, groups.size(), messageId, names,
                    message(run, routing, group, part, groups.size(), messageId)));
        }
        return digests;
    }

    /** Groups the reports in order so that each group's encoded size stays under the cap. */
    static List<List<PublishedRun.Report>> split(List<PublishedRun.Report> reports, long cap) throws IOException {
        List<List<PublishedRun.Report>> groups = new ArrayList<>();
        List<PublishedRun.Report> current = new ArrayList<>();
        long size = 0;
        for (PublishedRun.Report report : reports) {
            long encoded = encodedSize(Files.size(report.file()));
            if (!current.isEmpty() && size + encoded > cap) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(report);
            size += encoded;
        }
        groups.add(current);
        return groups;
    }

    /** Size of a file once base64-encoded in 76-character lines, as it travels in the message. */
    static long encodedSize(long bytes) {
        long base64 = (bytes + 2) / 3 * 4;
        return base64 + (base64 + 75) / 76 * 2;
    }

    String subject(PublishedRun run, int reports, int part, int parts) {
        String subject = settings.subject().replace("{job}", run.job()).replace("{run-date}", run.runDate())
                .replace("{date}", DigestText.longDate(run.runDate())).replace("{report-count}", DigestText.reportCount(reports))
                .replace("{reports}", String.valueOf(reports));
        return parts > 1 ? subject + " (" + part + " of " + parts + ")" : subject;
    }

    private MimeMessage message(PublishedRun run, Recipients.Routing routing, List<PublishedRun.Report> group,
                                int part, int parts, String messageId) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(routing.address()));
        message.setSubject(subject(run, routing.reports().size(), part, parts), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        Headlines headlines = headlines(run);
        text.setText(DigestText.plain(run, headlines, routing.reports().size(), group, part, parts),
                StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(DigestText.html(run, headlines, routing.reports().size(), group, part, parts),
                StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        List<String> names = AttachmentNames.of(group);
        for (int i = 0; i < group.size(); i++) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.attachFile(group.get(i).file().toFile(), "application/pdf", "base64");
            attachment.setFileName(names.get(i));
            mixed.addBodyPart(attachment);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /** The run's headlines, made once per run: their averages come from all its reports. */
    private Headlines headlines(PublishedRun run) {
        if (headlinesRun != run) {
            headlines = Headlines.of(run.reports());
            headlinesRun = run;
        }
        return headlines;
    }

    private String messageId(PublishedRun run, String recipient, int part, int parts, List<String> names)
            throws MessagingException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\n", run.job(), run.runDate(), recipient.toLowerCase(Locale.ROOT),
                    part + "/" + parts, String.join("/", names)).getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 24);
            String from = new InternetAddress(settings.from()).getAddress();
            String domain = from.substring(from.lastIndexOf('@') + 1);
            return "<role-compare." + run.runDate() + "." + hash + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID is ours rather than one made up at send time. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
