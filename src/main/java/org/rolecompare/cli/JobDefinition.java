package org.rolecompare.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rolecompare.cluster.ClusterSettings;
import org.rolecompare.delivery.MailSettings;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A job file from {@code jobs/}: which input to read, where to write, the thresholds, and whom to mail. Unknown
 * keys and bad values are refused with the key's name, because a typo in a nightly job must stop
 * the run rather than be silently ignored.
 *
 * @param dataSource     {@code report.data-source}: the source line when neither {@code --data-source} nor the
 *                       input's source.txt names one; {@code null} when absent
 * @param minKnownFields {@code thresholds.min-known-fields}: share (0–1) of its key fields a role needs known to
 *                       get no sparse-role finding
 */
record JobDefinition(String name, Path input, Path output, Path database, double maxRejectedShare, double minKnownFields,
                     String pageSize, String dataSource, boolean pdfReports, int reportThreads, CronExpression cron, ZoneId timeZone,
                     int keepRuns, MailSettings mail, ClusterSettings cluster) {

    /** Run folders (and staged data) kept when the job file does not say. */
    static final int DEFAULT_KEEP_RUNS = 30;

    static final Path DEFAULT_JOB = Path.of("jobs", "nightly.yml");

    private static final Set<String> TOP_KEYS = Set.of("name", "input", "output", "database", "thresholds", "report",
            "schedule", "retention", "mail", "cluster");
    private static final Set<String> SCHEDULE_KEYS = Set.of("cron", "time-zone");
    private static final Set<String> RETENTION_KEYS = Set.of("keep-runs");
    private static final Set<String> THRESHOLD_KEYS = Set.of("max-rejected-share", "min-known-fields");

    /** A role with fewer of its key fields known than this share gets a sparse-role finding, when the job does not say. */
    static final double DEFAULT_MIN_KNOWN_FIELDS = 0.5;
    private static final Set<String> REPORT_KEYS = Set.of("page-size", "data-source", "pdf", "threads");

    /**
     * The job of a command given no {@code --job} where there is no {@code jobs/nightly.yml}: the
     * values of the shipped {@code jobs/nightly.yml} (JobDefinitionTests holds the two equal), so the
     * jar runs on its documented defaults from any folder.
     */
    private static final String BUILT_IN = """
            name: nightly
            input: input
            output: output
            database: data/role-compare
            schedule:
              cron: "0 30 2 * * *"
              time-zone: UTC
            retention:
              keep-runs: 30
            thresholds:
              max-rejected-share: 50%
              min-known-fields: 50%
            report:
              page-size: letter
            """;

    static JobDefinition load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file, reader);
        } catch (NoSuchFileException e) {
            throw new UsageException("job file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("job file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** The built-in job: what {@link #DEFAULT_JOB} as shipped says (see {@link #BUILT_IN}). */
    static JobDefinition builtIn() {
        return parse(DEFAULT_JOB, new java.io.StringReader(BUILT_IN));
    }

    private static JobDefinition parse(Path file, Reader reader) {
        Map<String, Object> root;
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            root = loaded == null ? Map.of() : section(file, "", loaded);
        } catch (YAMLException e) {
            throw new UsageException("job file " + file + " is not valid YAML: " + firstLine(e.getMessage()));
        }
        checkKeys(file, "", root, TOP_KEYS);
        Map<String, Object> thresholds = root.containsKey("thresholds") ? section(file, "thresholds", root.get("thresholds")) : Map.of();
        checkKeys(file, "thresholds.", thresholds, THRESHOLD_KEYS);
        Map<String, Object> report = root.containsKey("report") ? section(file, "report", root.get("report")) : Map.of();
        checkKeys(file, "report.", report, REPORT_KEYS);
        Map<String, Object> schedule = root.containsKey("schedule") ? section(file, "schedule", root.get("schedule")) : Map.of();
        checkKeys(file, "schedule.", schedule, SCHEDULE_KEYS);
        Map<String, Object> retention = root.containsKey("retention") ? section(file, "retention", root.get("retention")) : Map.of();
        checkKeys(file, "retention.", retention, RETENTION_KEYS);
        String name = text(root, "name", defaultName(file));
        String pageSize = text(report, "page-size", "letter").toLowerCase(Locale.ROOT);
        if (!pageSize.equals("letter") && !pageSize.equals("a4")) {
            throw new UsageException("job file " + file + ": report.page-size must be letter or a4, not '" + pageSize + "'");
        }
        return new JobDefinition(name,
                Path.of(text(root, "input", "input")),
                Path.of(text(root, "output", "output")),
                Path.of(text(root, "database", "data/role-compare")),
                share(file, "thresholds.max-rejected-share", thresholds.get("max-rejected-share"), 0.5),
                share(file, "thresholds.min-known-fields", thresholds.get("min-known-fields"), DEFAULT_MIN_KNOWN_FIELDS),
                pageSize,
                text(report, "data-source", null),
                flag(file, "report.pdf", report.get("pdf"), true),
                atLeastOne(file, "report.threads", report.get("threads"), 0), // 0: one thread per core
                cron(file, text(schedule, "cron", null)),
                zone(file, text(schedule, "time-zone", null)),
                atLeastOne(file, "retention.keep-runs", retention.get("keep-runs"), DEFAULT_KEEP_RUNS),
                mail(file, root.get("mail")),
                cluster(file, root.get("cluster"), name));
    }

    /** The {@code cluster} section, or null when the job file has none (then the job runs on the H2 file). */
    private static ClusterSettings cluster(Path file, Object value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return ClusterSettings.parse(section(file, "cluster", value), name);
        } catch (ClusterSettings.InvalidException e) {
            throw new UsageException("job file " + file + ": " + e.getMessage());
        }
    }

    private static boolean flag(Path file, String key, Object value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        String v = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("off")) {
            return false;
        }
        throw new UsageException("job file " + file + ": " + key + " must be true or false, not '" + value + "'");
    }

    /** The {@code mail} section, or null when the job file has none (then nothing is mailed). */
    private static MailSettings mail(Path file, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MailSettings.parse(section(file, "mail", value));
        } catch (MailSettings.InvalidException e) {
            throw new UsageException("job file " + file + ": " + e.getMessage());
        }
    }

    private static CronExpression cron(Path file, String value) {
        if (value == null) {
            return null;
        }
        try {
            return CronExpression.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("job file " + file + ": schedule.cron '" + value + "' is not a cron expression"
                    + " (six fields: second minute hour day month weekday, e.g. \"0 30 2 * * *\")");
        }
    }

    private static ZoneId zone(Path file, String value) {
        if (value == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value);
        } catch (java.time.DateTimeException e) {
            throw new UsageException("job file " + file + ": schedule.time-zone '" + value + "' is not a time zone such as Europe/Berlin");
        }
    }

    /** A whole number of at least 1, or {@code fallback} when the key is absent. */
    private static int atLeastOne(Path file, String key, Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(String.valueOf(value).trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("job file " + file + ": " + key + " must be a whole number of at least 1, not '" + value + "'");
        }
    }

    private static String defaultName(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Path file, String key, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new UsageException("job file " + file + ": " + (key.isEmpty() ? "the file" : key) + " must be a section of keys");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static void checkKeys(Path file, String prefix, Map<String, Object> map, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new UsageException("job file " + file + ": unknown key '" + prefix + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v).trim();
    }

    /** A share as {@code 50%} or {@code 0.5}. */
    static double share(Path file, String key, Object value, double fallback) {
        if (value == null) {
            return fallback;
        }
        String s = String.valueOf(value).trim();
        try {
            double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1).trim()) / 100 : Double.parseDouble(s);
            if (!(v >= 0 && v <= 1)) { // also refuses NaN, which would disable the guard
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("job file " + file + ": " + key + " must be a share such as 50% or 0.5, not '" + s + "'");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
