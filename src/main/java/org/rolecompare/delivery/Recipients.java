package org.rolecompare.delivery;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Decides who gets which reports: a job-level recipient gets every report, a subscriber (a line
 * {@code email,role_id} of the subscriptions file) only the reports involving one of their roles.
 * Someone who is both gets everything. Addresses are compared without regard to case, so nobody
 * gets two digests.
 */
final class Recipients {

    /** One recipient's reports, in the order of {@code comparisons.csv}. */
    record Routing(String address, List<PublishedRun.Report> reports) {
    }

    /** Everyone to mail, and what was wrong on the way. */
    record Result(List<Routing> routings, List<DeliveryFinding> findings, boolean subscriptionsMissing) {
    }

    private Recipients() {
    }

    /**
     * @param roleIds the roles of the run; a subscription to another role id is a finding (it is kept:
     *                its subscriber still gets the digest)
     */
    static Result route(MailSettings settings, List<PublishedRun.Report> reports, Set<String> roleIds) throws IOException {
        List<DeliveryFinding> findings = new ArrayList<>();
        Map<String, String> display = new LinkedHashMap<>();
        Set<String> everything = new LinkedHashSet<>();
        for (int i = 0; i < settings.recipients().size(); i++) {
            String raw = settings.recipients().get(i);
            String address = valid(raw, "job file", "mail.recipients item " + (i + 1), findings);
            if (address != null) {
                display.putIfAbsent(key(address), address);
                everything.add(key(address));
            }
        }
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        boolean missing = false;
        if (settings.subscriptions() != null) {
            missing = !readSubscriptions(settings.subscriptions(), display, roles, roleIds, findings);
        }
        List<Routing> routings = new ArrayList<>();
        for (Map.Entry<String, String> e : display.entrySet()) {
            String key = e.getKey();
            Set<String> subscribed = roles.getOrDefault(key, Set.of());
            List<PublishedRun.Report> mine = everything.contains(key) ? reports
                    : reports.stream().filter(r -> subscribed.stream().anyMatch(r::involves)).toList();
            routings.add(new Routing(e.getValue(), mine));
        }
        return new Result(routings, findings, missing);
    }

    private static boolean readSubscriptions(Path file, Map<String, String> display, Map<String, Set<String>> roles,
                                             Set<String> roleIds, List<DeliveryFinding> findings) throws IOException {
        String source = file.getFileName().toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().contains("email") || !parser.getHeaderNames().contains("role_id")) {
                findings.add(new DeliveryFinding(source, "line 1", String.join(",", parser.getHeaderNames()),
                        "the header must name the columns email and role_id"));
                return false;
            }
            for (CSVRecord row : parser) {
                String line = "line " + (row.getRecordNumber() + 1);
                String email = row.isSet("email") ? row.get("email") : "";
                String roleId = row.isSet("role_id") ? row.get("role_id").trim() : "";
                String address = valid(email, source, line, findings);
                if (address == null) {
                    continue;
                }
                if (roleId.isEmpty()) {
                    findings.add(new DeliveryFinding(source, line, email, "no role_id; line skipped"));
                    continue;
                }
                if (!roleIds.contains(roleId)) {
                    findings.add(new DeliveryFinding(source, line, roleId, "role id '" + roleId
                            + "' is not a role of this run (it is in none of its comparisons); check the id"));
                }
                display.putIfAbsent(key(address), address);
                roles.computeIfAbsent(key(address), k -> new LinkedHashSet<>()).add(roleId);
            }
            return true;
        } catch (NoSuchFileException e) {
            findings.add(new DeliveryFinding(file.toString(), "", "", "the subscriptions file does not exist; its subscribers got nothing"));
            return false;
        }
    }

    /** The address if it is a single valid mailbox; otherwise a finding, and null. */
    static String valid(String raw, String source, String location, List<DeliveryFinding> findings) {
        String value = raw == null ? "" : raw.trim();
        try {
            InternetAddress[] parsed = InternetAddress.parse(value, true);
            if (parsed.length != 1) {
                throw new AddressException("not a single address");
            }
            parsed[0].validate();
            String address = parsed[0].getAddress();
            int at = address.indexOf('@');
            if (at < 1 || address.indexOf('.', at) < 0 || address.endsWith(".")) {
                throw new AddressException("no domain");
            }
            return address;
        } catch (AddressException e) {
            findings.add(new DeliveryFinding(source, location, value, "'" + value + "' is not a valid email address; recipient skipped"));
            return null;
        }
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
