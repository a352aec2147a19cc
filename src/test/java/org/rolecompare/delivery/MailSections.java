package org.rolecompare.delivery;

import java.nio.file.Path;
import java.util.Map;

import org.rolecompare.jobfile.JobFile;
import org.yaml.snakeyaml.Yaml;

/** A job file's {@code mail} section written as a map in a test, bound as a job file binds it. */
final class MailSections {

    private MailSections() {
    }

    static MailSettings parse(Map<String, Object> section) {
        return JobFile.of(Path.of("job.yml"), new Yaml().dump(Map.of("mail", section))).bind("mail", MailSettings.class, Map.of());
    }
}
