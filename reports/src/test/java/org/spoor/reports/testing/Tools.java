package org.spoor.reports.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real command-line checkers (poppler-utils, qpdf, coreutils) on produced files. */
public final class Tools {

    private Tools() {
    }

    public record Result(int exitCode, String out) {
    }

    public static Result run(Path workDir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    public static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Result result = run(null, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("pdftotext failed: " + result.out());
        }
        return result.out();
    }

    /** The font rows of pdffonts (header lines dropped). */
    public static List<String> pdffontsRows(Path pdf) throws IOException, InterruptedException {
        Result result = run(null, "pdffonts", pdf.toString());
        List<String> rows = new ArrayList<>();
        String[] lines = result.out().split("\n");
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i]);
            }
        }
        return rows;
    }

    /** Copies a produced file to $SPOOR_KEEP so a person can look at it. */
    public static void keep(Path file) throws IOException {
        String keep = System.getenv("SPOOR_KEEP");
        if (keep != null && !keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.copy(file, Path.of(keep).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
