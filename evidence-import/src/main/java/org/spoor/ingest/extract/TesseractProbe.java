package org.spoor.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Asks the installed Tesseract which languages it has ({@code tesseract --list-langs}). */
public final class TesseractProbe {

    private static final long PROBE_SECONDS = 20;

    private TesseractProbe() {
    }

    /** The installed language codes, or empty when Tesseract cannot be run. */
    public static Optional<Set<String>> installedLanguages() {
        ProcessBuilder builder = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            String listing = new String(out.readNBytes(1 << 20), StandardCharsets.UTF_8);
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(parseListing(listing));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The first line is a heading ("List of available languages in ..."), then one code a line. */
    static Set<String> parseListing(String listing) {
        Set<String> languages = new LinkedHashSet<>();
        for (String line : listing.split("\\R")) {
            String code = line.trim();
            if (!code.isEmpty() && !code.contains(" ") && !code.endsWith(":")) {
                languages.add(code);
            }
        }
        return languages;
    }
}
