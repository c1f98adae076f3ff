package org.spoor.casefile;

import java.nio.file.Path;

/**
 * Child process of {@link CrashSafetyTest}: registers exhibits in a loop and prints {@code ACK n} after
 * each registration has returned, until the parent kills it with SIGKILL.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            System.out.println("OPEN");
            System.out.flush();
            for (int i = start; ; i++) {
                TestCases.addExhibit(opened, "item-" + i + ".txt", "seized item number " + i);
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }
}
