package org.spoor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MapTextsTest {

    private static final List<String> LANGUAGES = List.of("", "_vi", "_id", "_es");

    @Test
    void everyLanguageHasExactlyTheKeysOfTheEnglishFile() throws IOException {
        Set<Object> english = load("").keySet();
        for (String lang : LANGUAGES) {
            assertThat(load(lang).keySet()).as("map" + lang + ".properties").isEqualTo(english);
        }
    }

    @Test
    void everyMessageKeyThrownInTheCodeHasAText() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern key = Pattern.compile("\"(map\\.[a-zA-Z]+\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void anExceptionReadsInTheInvestigatorsLanguage() {
        MapException e = new MapException("map.export.unsupported", "case.docx");
        assertThat(new MapTexts(Locale.ENGLISH).message(e)).startsWith("Cannot export a map as case.docx");
        assertThat(new MapTexts(new Locale("vi")).message(e)).startsWith("Không xuất được bản đồ dạng case.docx");
        assertThat(new MapTexts(new Locale("vi")).kind("seizure")).isEqualTo("nơi thu giữ");
        assertThat(new MapTexts(new Locale("es")).kind("camera_trap")).isEqualTo("camera trap");
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MapTextsTest.class.getResourceAsStream("/org/spoor/mapping/i18n/map" + suffix
                + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
