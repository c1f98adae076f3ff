package org.spoor.app.cli;

import java.time.Duration;

/**
 * Progress of long work on stderr (items done/total, MB/s, ETA), redrawn on one line at most five
 * times a second. Silent with {@code --json} so stdout stays one document.
 */
final class TerminalProgress implements AutoCloseable {

    private final CliContext context;
    private final boolean silent;
    private final String messageKey;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drew;
    private long done;
    private long total;
    private long bytesDone;
    private String working = "";

    TerminalProgress(CliContext context, boolean silent, String messageKey) {
        this.context = context;
        this.silent = silent;
        this.messageKey = messageKey;
    }

    synchronized void update(long done, long total, long bytesDone) {
        this.done = done;
        this.total = total;
        this.bytesDone = bytesDone;
        working = "";
        draw(done >= total);
    }

    /** One item's records written so far (a phone database being read): shown after the counts. */
    synchronized void records(String item, long written) {
        working = "  " + context.messages().get("cli.import.records", fileName(item), written);
        draw(false);
    }

    private static String fileName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private void draw(boolean last) {
        long now = System.nanoTime();
        if (silent || (now - lastDraw < 200_000_000L && !last)) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double mbPerSecond = bytesDone / 1e6 / seconds;
        String eta = done == 0 || done >= total ? "-" : format(Duration.ofSeconds(
                (long) (seconds / done * (total - done))));
        context.err().print("\r" + context.messages().get(messageKey, done, total,
                String.format("%.1f", mbPerSecond), eta) + working + "   ");
        context.err().flush();
        drew = true;
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public void close() {
        if (drew) {
            context.err().println();
        }
    }
}
