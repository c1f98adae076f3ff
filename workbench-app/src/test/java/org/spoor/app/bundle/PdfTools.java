package org.spoor.app.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the real checkers (qpdf, poppler-utils) on a produced PDF. */
public final class PdfTools {

    public record Result(int exitCode, String out) {
    }

    private PdfTools() {
    }

    public static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    public static String text(Path pdf) throws IOException, InterruptedException {
        Result result = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("pdftotext failed: " + result.out());
        }
        return result.out();
    }

    /** The PDF with every stream decompressed (qpdf QDF form), as Latin-1 so any byte can be searched. */
    public static String uncompressed(Path pdf, Path work) throws IOException, InterruptedException {
        Path qdf = work.resolve(pdf.getFileName() + ".qdf");
        Result result = run("qpdf", "--qdf", "--object-streams=disable", pdf.toString(), qdf.toString());
        if (result.exitCode() != 0 && result.exitCode() != 3) {
            throw new IllegalStateException("qpdf --qdf failed: " + result.out());
        }
        return new String(java.nio.file.Files.readAllBytes(qdf), StandardCharsets.ISO_8859_1);
    }
}
