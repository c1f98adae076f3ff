package org.spoor.reports.pack;

import java.util.zip.Deflater;

/**
 * Picks the deflate level for one entry from a sample of its first bytes. Most originals (photos,
 * video, phone dumps) are already compressed: deflating them again costs several times the time of
 * hashing them and saves nothing, so they are written with level 0 (stored blocks inside a
 * deflate stream: still a plain zip entry for every tool). Text-like files get the fastest level.
 */
final class EntryCompression {

    static final int SAMPLE = 64 * 1024;
    /** After the first sample, the writer re-checks the ratio every WINDOW bytes of input. */
    static final long WINDOW = 4L * 1024 * 1024;
    private static final double WORTH_IT = 0.9;

    private EntryCompression() {
    }

    static boolean worthIt(long in, long out) {
        return out < in * WORTH_IT;
    }

    static int levelFor(byte[] sample, int length) {
        if (length < 512) {
            return Deflater.BEST_SPEED;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(sample, 0, length);
            deflater.finish();
            byte[] out = new byte[length + 1024];
            int compressed = 0;
            while (!deflater.finished() && compressed < out.length) {
                compressed += deflater.deflate(out, compressed, out.length - compressed);
            }
            return worthIt(length, compressed) ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION;
        } finally {
            deflater.end();
        }
    }
}
