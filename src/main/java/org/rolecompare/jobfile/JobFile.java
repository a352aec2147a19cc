package org.rolecompare.jobfile;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.convert.ConverterNotFoundException;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A job file from {@code jobs/}, read with Spring Boot's YAML loader and bound to records by its
 * {@link Binder} (constructor binding, {@code @DefaultValue}, Boot's formats of durations such as
 * {@code 2s}, {@code 500ms} or {@code PT2S} and of sizes such as {@code 10MB}). One reader for the
 * whole file, so every section accepts the same formats and is refused the same way: an unknown key
 * (with the keys its section allows) or a bad value stops the command with a message naming the
 * file, the full key, the value and what the key accepts, because a typo in a nightly job must not
 * be silently ignored.
 */
public final class JobFile {

    private static final ApplicationConversionService CONVERSION = conversion();
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String label;
    private final Map<String, Object> properties;

    private JobFile(String label, Map<String, Object> properties) {
        this.label = label;
        this.properties = properties;
    }

    /**
     * Reads a job file.
     *
     * @throws JobFileException when it does not exist, cannot be read or is not YAML
     */
    public static JobFile load(Path file) {
        try {
            return of(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new JobFileException("job file " + file + " does not exist");
        } catch (IOException e) {
            throw new JobFileException("job file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** A job file's content, named as {@code file} in messages (the built-in job, tests). */
    public static JobFile of(Path file, String yaml) {
        String label = "job file " + file;
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(label, new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), label));
        } catch (YAMLException | IOException e) {
            throw new JobFileException(label + " is not valid YAML: " + yamlProblem(e));
        }
        if (documents.size() > 1) {
            throw new JobFileException(label + " is not valid YAML for a job: it holds " + documents.size()
                    + " documents (separated by ---), a job file is one");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertySource<?> document : documents) {
            ((Map<?, ?>) document.getSource()).forEach((key, value) -> {
                if (!String.valueOf(value).isBlank()) { // "key:" with nothing after it is as if it were left out
                    properties.put(String.valueOf(key), value);
                }
            });
        }
        return new JobFile(label, properties);
    }

    /**
     * Binds a section of the file (or the whole file, {@code section} "") to a record, refusing any
     * key the record has no component for.
     *
     * @param fallbacks values for keys the file leaves out, such as a name derived from the file name
     * @throws JobFileException naming the file and the key of an unknown key or a bad value
     */
    public <T> T bind(String section, Class<T> type, Map<String, String> fallbacks) {
        List<ConfigurationPropertySource> sources = List.of(ConfigurationPropertySource.from(new OriginTrackedMapPropertySource(label, properties)),
                new MapConfigurationPropertySource(fallbacks));
        Binder binder = new Binder(sources, null, CONVERSION, JobFile::plainPaths);
        BindHandler handler = new NoUnboundElementsBindHandler(new IgnoreTopLevelConverterNotFoundBindHandler(new RangeCheck()));
        try {
            return binder.bindOrCreate(ConfigurationPropertyName.of(section), Bindable.of(type), handler);
        } catch (RuntimeException e) {
            throw new JobFileException(label + ": " + explain(e, section, type));
        }
    }

    /**
     * Checks a {@code password-env} value: the name of an environment variable, never a password.
     *
     * @return {@code value}
     * @throws JobFileException naming {@code key} when it is not such a name
     */
    public static String environmentVariable(String key, String value) {
        if (value != null && !ENVIRONMENT_VARIABLE.matcher(value).matches()) {
            throw new JobFileException(key + " must be the name of an environment variable, not '" + value + "'");
        }
        return value;
    }

    private static String explain(RuntimeException failure, String section, Class<?> type) {
        BindException bind = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JobFileException own) {
                return own.getMessage();
            }
            if (t instanceof UnboundConfigurationPropertiesException unbound) {
                return unknownKey(unbound.getUnboundProperties().iterator().next(), section, type);
            }
            if (t instanceof BindException b && bind == null) {
                bind = b;
            }
        }
        if (bind == null) {
            throw failure;
        }
        Class<?> target = bind.getTarget().getType().resolve(Object.class);
        if (bind.getCause() instanceof ConverterNotFoundException && target.isRecord()) {
            return bind.getName() + " must be a section of keys";
        }
        Object value = bind.getProperty() == null ? "" : bind.getProperty().getValue();
        return bind.getName() + " must be " + expected(bind.getTarget()) + ", not '" + value + "'";
    }

    private static String unknownKey(ConfigurationProperty property, String section, Class<?> type) {
        ConfigurationPropertyName name = property.getName();
        if (name.getLastElement(Form.DASHED).equals("password")) {
            return name + " is not allowed: a password never goes into a job file;"
                    + " name the environment variable holding it with " + name + "-env";
        }
        ConfigurationPropertyName parent = name.getParent();
        Class<?> at = type;
        for (int i = ConfigurationPropertyName.of(section).getNumberOfElements(); i < parent.getNumberOfElements() && at != null; i++) {
            at = componentType(at, parent.getElement(i, Form.DASHED));
        }
        String allowed = at != null && at.isRecord() ? " (allowed: " + String.join(", ", keys(at)) + ")" : "";
        return "unknown key '" + name + "'" + allowed;
    }

    /** The keys a record binds, sorted. */
    private static List<String> keys(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> DataObjectPropertyName.toDashedForm(c.getName())).sorted().toList();
    }

    private static Class<?> componentType(Class<?> type, String key) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (DataObjectPropertyName.toDashedForm(component.getName()).equals(key)) {
                return component.getType();
            }
        }
        return null;
    }

    /** What a key accepts, in the words of a refusal: its {@link Accepts}, else its type's formats. */
    private static String expected(Bindable<?> target) {
        Accepts accepts = target.getAnnotation(Accepts.class);
        if (accepts != null) {
            return accepts.value();
        }
        Class<?> type = target.getType().resolve(Object.class);
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
            return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        }
        return switch (type.getSimpleName()) {
            case "Duration" -> "a duration such as 2s, 500ms, 10m, 1h or PT2S";
            case "DataSize" -> "a size such as 10MB, 512KB or 1048576";
            case "Share" -> Share.EXPECTED;
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "ZoneId" -> "a time zone such as Europe/Berlin";
            case "CronExpression" -> "a cron expression (six fields: second minute hour day month weekday, e.g. \"0 30 2 * * *\")";
            default -> "a " + type.getSimpleName();
        };
    }

    private static ApplicationConversionService conversion() {
        ApplicationConversionService service = new ApplicationConversionService();
        service.addConverter(String.class, Share.class, Share::parse);
        service.addConverter(Number.class, Share.class, n -> new Share(n.doubleValue()));
        service.addConverter(String.class, CronExpression.class, CronExpression::parse);
        service.addConverter(String.class, ZoneId.class, ZoneId::of);
        // as before Boot: 10mb, 10 MB
        service.addConverter(String.class, DataSize.class, s -> DataSize.parse(s.replace(" ", "").toUpperCase(Locale.ROOT)));
        return service;
    }

    /** A path as written: Spring's own editor would look a relative path up on the class path first. */
    private static void plainPaths(PropertyEditorRegistry registry) {
        registry.registerCustomEditor(Path.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Path.of(text));
            }
        });
    }

    /** What is wrong with the YAML and where, in one line: "found duplicate key name (line 2)". */
    private static String yamlProblem(Exception e) {
        String problem = e instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem() + (marked.getProblemMark() == null ? "" : " (line " + (marked.getProblemMark().getLine() + 1) + ")")
                : String.valueOf(e.getMessage());
        return problem.lines().findFirst().orElse("");
    }

    /** Refuses a number, duration or size outside the range of its {@link Accepts}. */
    private static final class RangeCheck extends AbstractBindHandler {

        @Override
        public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
            Accepts accepts = target.getAnnotation(Accepts.class);
            Long amount = result instanceof Number n ? Long.valueOf(n.longValue())
                    : result instanceof Duration d ? Long.valueOf(d.toMillis())
                    : result instanceof DataSize s ? Long.valueOf(s.toBytes()) : null;
            if (accepts != null && amount != null && (amount < accepts.min() || amount > accepts.max())) {
                ConfigurationProperty property = context.getConfigurationProperty();
                Object value = property == null ? result : property.getValue();
                throw new JobFileException(name + " must be " + accepts.value() + ", not '" + value + "'");
            }
            return super.onSuccess(name, target, context, result);
        }
    }
}
