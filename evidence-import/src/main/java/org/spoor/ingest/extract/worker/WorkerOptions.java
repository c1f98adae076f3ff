package org.spoor.ingest.extract.worker;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The worker's settings, as the parent passes them on its command line ({@code --name value} pairs). */
record WorkerOptions(int maxDepth, long maxTextChars, long maxEmbeddedBytes, boolean ocrEnabled,
                     List<String> ocrLanguages, int timeoutSeconds, int heapMb) {

    static WorkerOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i], args[i + 1]);
        }
        String languages = values.getOrDefault("--ocr-languages", "eng");
        return new WorkerOptions(
                Integer.parseInt(values.getOrDefault("--max-depth", "16")),
                Long.parseLong(values.getOrDefault("--max-text-chars", "10000000")),
                Long.parseLong(values.getOrDefault("--max-embedded-bytes", Long.toString(4L << 30))),
                Boolean.parseBoolean(values.getOrDefault("--ocr", "true")),
                languages.isBlank() ? List.of() : Arrays.asList(languages.split("\\+")),
                Integer.parseInt(values.getOrDefault("--timeout-seconds", "120")),
                Integer.parseInt(values.getOrDefault("--heap-mb", "0")));
    }

    /** The text cap as Tika's write limit takes it. */
    int textLimit() {
        return (int) Math.min(maxTextChars, Integer.MAX_VALUE - 16);
    }
}
