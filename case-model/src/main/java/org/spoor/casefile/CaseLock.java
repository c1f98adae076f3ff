package org.spoor.casefile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * One writer at a time. An OS file lock decides (released by the OS when a process dies, so a crash
 * leaves no stale lock); the file's text tells a second Spoor who holds the case and since when.
 */
final class CaseLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private CaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static CaseLock acquire(CaseFolder folder, String holder, Clock clock) throws CaseException, IOException {
        FileChannel channel = FileChannel.open(folder.lock(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            String who = Files.readString(folder.lock(), StandardCharsets.UTF_8).trim();
            throw new CaseException(CaseException.Kind.IN_USE, "case.error.inUse",
                    "The case is open in another Spoor: " + who, who);
        }
        String text = holder + " on " + hostName() + " (process " + ProcessHandle.current().pid() + ") since "
                + clock.instant();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new CaseLock(channel, lock);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
