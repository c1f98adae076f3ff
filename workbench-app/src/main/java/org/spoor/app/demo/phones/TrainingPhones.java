package org.spoor.app.demo.phones;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The training case's seized phones, generated rather than shipped: a zipped Android file-system
 * extraction of the driver's Samsung and a Cellebrite UFDR of Hùng's iPhone. Building them from the
 * published layouts keeps the repository free of binary databases and lets mentors change the story.
 */
public final class TrainingPhones {

    private static final Set<String> GENERATED = Set.of(DriverAndroidDump.FILE_NAME, HungUfdr.FILE_NAME);

    private TrainingPhones() {
    }

    /** Whether the training index names a phone this class generates (instead of a bundled file). */
    public static boolean generates(String fileName) {
        return GENERATED.contains(fileName);
    }

    /** Writes the named phone extraction to {@code target}. */
    public static void write(String fileName, Path target) throws IOException {
        if (DriverAndroidDump.FILE_NAME.equals(fileName)) {
            Path work = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".android-dump");
            try {
                DriverAndroidDump.write(target, work);
            } finally {
                deleteTree(work);
            }
        } else if (HungUfdr.FILE_NAME.equals(fileName)) {
            HungUfdr.write(target);
        } else {
            throw new IllegalArgumentException("Not a training phone: " + fileName);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
