package org.spoor.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle in {@code org/spoor/app/i18n} (the window's, the command line's, the errors'):
 * each key exists in English, Vietnamese, Indonesian and Spanish, no file repeats a key, and every key is
 * used somewhere in the reactor's main sources or FXML (a key is used when it appears quoted, or after
 * FXML's {@code %}). Keys built at run time from parts cannot be found this way: write them out whole.
 */
class UiBundlesTest {

    private static final Path I18N = Paths.get("src", "main", "resources", "org", "spoor", "app", "i18n");
    private static final List<String> LANGUAGES = List.of("vi", "id", "es");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("^(.*?)(?:_([a-z]{2,3}))?\\.properties$");

    private static Map<String, Map<String, Path>> bundles;
    private static String sources;

    @BeforeAll
    static void readBundlesAndSources() throws IOException {
        bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).collect(Collectors.toList())) {
                Matcher name = LANGUAGE_SUFFIX.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("bundle file name %s", file).isTrue();
                String language = name.group(2) == null ? "" : name.group(2);
                bundles.computeIfAbsent(name.group(1), base -> new TreeMap<>()).put(language, file);
            }
        }
        StringBuilder all = new StringBuilder();
        Path reactor = Paths.get("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(reactor)) {
            for (Path main : modules.map(module -> module.resolve("src").resolve("main"))
                    .filter(Files::isDirectory).collect(Collectors.toList())) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(UiBundlesTest::isSource).collect(Collectors.toList())) {
                        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
        }
        sources = all.toString();
    }

    @Test
    void theWindowBundleExistsInEveryLanguage() {
        assertThat(bundles).containsKey("ui");
        assertThat(bundles.get("ui")).containsKeys("", "vi", "id", "es");
    }

    @Test
    void everyKeyOfEveryBundleIsTranslatedIntoEveryLanguage() throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Path>> bundle : bundles.entrySet()) {
            Path english = bundle.getValue().get("");
            assertThat(english).as("the English base file of bundle %s", bundle.getKey()).isNotNull();
            Set<String> keys = keys(english);
            for (String language : LANGUAGES) {
                Path translated = bundle.getValue().get(language);
                Set<String> translatedKeys = translated == null ? Set.of() : keys(translated);
                Set<String> absent = new TreeSet<>(keys);
                absent.removeAll(translatedKeys);
                Set<String> extra = new TreeSet<>(translatedKeys);
                extra.removeAll(keys);
                extra.forEach(key -> absent.add(key + " (only in " + language + ")"));
                if (!absent.isEmpty()) {
                    missing.put(bundle.getKey() + "_" + language, absent);
                }
            }
        }
        assertThat(missing).as("keys missing in a language").isEmpty();
    }

    @Test
    void noBundleFileRepeatsAKey() throws IOException {
        List<String> repeated = new ArrayList<>();
        for (Map<String, Path> bundle : bundles.values()) {
            for (Path file : bundle.values()) {
                Set<String> seen = new HashSet<>();
                for (String key : rawKeys(file)) {
                    if (!seen.add(key)) {
                        repeated.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(repeated).as("keys written twice in one file").isEmpty();
    }

    @Test
    void everyKeyIsUsedInTheSources() throws IOException {
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> bundle : bundles.entrySet()) {
            for (String key : keys(bundle.getValue().get(""))) {
                if (!sources.contains("\"" + key + "\"") && !sources.contains("\"%" + key + "\"")) {
                    unused.add(bundle.getKey() + ": " + key);
                }
            }
        }
        assertThat(unused).as("keys no source or FXML uses").isEmpty();
    }

    @Test
    void textsWithArgumentsQuoteApostrophesForMessageFormat() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Map<String, Path> bundle : bundles.values()) {
            for (Path file : bundle.values()) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                        broken.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(broken).as("MessageFormat would swallow text after a single quote").isEmpty();
    }

    private static boolean isSource(Path file) {
        String name = file.toString();
        return name.endsWith(".java") || name.endsWith(".fxml");
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return properties;
    }

    /** Keys as written, in order, repeats kept (Properties would silently keep only the last one). */
    private static List<String> rawKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            boolean wasContinued = continued;
            continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
            if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            keys.add(trimmed.split("\\s*[=:]\\s*|\\s+", 2)[0]);
        }
        return keys;
    }
}
