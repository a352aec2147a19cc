package org.rolecompare.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * <p>The Message-ID is derived from the run's manifest, the recipient, the part and the attachments:
 * their file names in the run folder and the SHA-256 of their bytes. A retry of the same message
 * keeps its Message-ID; a run on changed input, or another grouping, gets new ones, so a receiving
 * system never drops new content as a duplicate of an older message.
 */
final class DigestBuilder {

    private final MailSettings settings;
    private final Session session;
    private final Clock clock;
    private PublishedRun headlinesRun;
    private Headlines headlines;
    private final Map<Path, String> hashes = new HashMap<>();

    DigestBuilder(MailSettings settings, Session session, Clock clock) {
        this.settings = settings;
        this.session = session;
        this.clock = clock;
    }

    /** Every part of a recipient's digest, carrying all of the recipient's reports. */
    List<Digest> build(PublishedRun run, Recipients.Routing routing) throws IOException, MessagingException {
        List<List<PublishedRun.Report>> groups = split(routing.reports(), settings.maxAttachmentBytes());
        List<Digest> digests = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            digests.add(digest(run, routing.address(), groups.get(i), i + 1, groups.size(), routing.reports().size(), 0));
        }
        return digests;
    }

    /**
     * Part {@code part} of {@code parts} of a digest of {@code reports} reports, carrying {@code group};
     * {@code earlier} more reports of the recipient's reached them in earlier messages (a follow-up).
     */
    Digest digest(PublishedRun run, String address, List<PublishedRun.Report> group, int part, int parts, int reports,
                  int earlier) throws IOException, MessagingException {
        List<String> names = group.stream().map(PublishedRun.Report::fileName).toList();
        List<String> contents = new ArrayList<>();
        for (PublishedRun.Report report : group) {
            contents.add(hash(report));
        }
        String messageId = messageId(run, address, part, parts, names, contents);
        return new Digest(address, part, parts, messageId, names, contents,
                message(run, address, group, part, parts, reports, earlier, messageId));
    }

    /** The SHA-256 of a report's PDF, read once per run. */
    String hash(PublishedRun.Report report) throws IOException {
        String hash = hashes.get(report.file());
        if (hash == null) {
            hash = ContentHash.of(report.file());
            hashes.put(report.file(), hash);
        }
        return hash;
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

    private MimeMessage message(PublishedRun run, String address, List<PublishedRun.Report> group, int part, int parts,
                                int reports, int earlier, String messageId) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        message.setSubject(subject(run, reports, part, parts), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        Headlines headlines = headlines(run);
        DigestText.Site site = path -> settings.siteAddress(run.runDate(), path);
        text.setText(DigestText.plain(run, headlines, reports, group, part, parts, earlier, site),
                StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(DigestText.html(run, headlines, reports, group, part, parts, earlier, site),
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

    private String messageId(PublishedRun run, String recipient, int part, int parts, List<String> names,
                             List<String> contents) throws MessagingException {
        MessageDigest sha = ContentHash.sha256();
        List<String> attachments = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            attachments.add(names.get(i) + "=" + contents.get(i));
        }
        sha.update(String.join("\n", run.job(), run.runDate(), run.manifestSha256(), recipient.toLowerCase(Locale.ROOT),
                part + "/" + parts, String.join("/", attachments)).getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        String from = new InternetAddress(settings.from()).getAddress();
        String domain = from.substring(from.lastIndexOf('@') + 1);
        return "<role-compare." + run.runDate() + "." + hash + "@" + domain + ">";
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
