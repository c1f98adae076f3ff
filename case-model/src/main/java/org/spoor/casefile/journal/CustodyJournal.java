package org.spoor.casefile.journal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.spoor.casefile.crypto.SecretBytes;

/**
 * The append-only, fsync'd, authenticated record of every audit entry, written before the database.
 * H2 can lose acknowledged commits when killed (see the foundation issue); this journal cannot, so
 * the database is reconciled from it on open.
 *
 * <p>Layout: the magic line, then records {@code [u32 length][u64 seq][12-byte nonce][AES-GCM
 * ciphertext + tag]}; the tag also covers the magic and the sequence number, so a record cannot be
 * moved to another place in the file. A torn last record (a crash mid-append) is not acknowledged
 * and is cut off on the next open.
 */
public final class CustodyJournal implements AutoCloseable {

    private static final byte[] MAGIC = "SPOOR-JOURNAL-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    private final Path file;
    private final SecretBytes key;
    private final SecureRandom random = new SecureRandom();
    private FileChannel channel;

    private CustodyJournal(Path file, SecretBytes key) {
        this.file = file;
        this.key = key;
    }

    /** Opens (creating if needed) for appending; a torn tail is cut off first. */
    public static CustodyJournal openForAppend(Path file, SecretBytes key) throws IOException, JournalException {
        Files.createDirectories(file.getParent());
        CustodyJournal journal = new CustodyJournal(file, key);
        if (!Files.exists(file) || Files.size(file) == 0) {
            try (FileChannel fresh = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                fresh.write(ByteBuffer.wrap(MAGIC));
                fresh.force(true);
            }
        }
        JournalContents contents = journal.readAll();
        journal.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        if (contents.tornTailBytes() > 0) {
            journal.channel.truncate(contents.validLength());
            journal.channel.force(true);
        }
        journal.channel.position(contents.validLength());
        return journal;
    }

    /** Reads without opening for writing (verification, or a read-only reviewer). */
    public static JournalContents read(Path file, SecretBytes key) throws IOException, JournalException {
        return new CustodyJournal(file, key).readAll();
    }

    /** Appends one record and returns only when it is on stable storage. */
    public synchronized void append(long seq, byte[] plaintext) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, seq, nonce, plaintext);
        } catch (AEADBadTagException impossibleWhenEncrypting) {
            throw new IllegalStateException(impossibleWhenEncrypting);
        }
        ByteBuffer record = ByteBuffer.allocate(4 + 8 + NONCE_BYTES + sealed.length);
        record.putInt(sealed.length).putLong(seq).put(nonce).put(sealed).flip();
        while (record.hasRemaining()) {
            channel.write(record);
        }
        channel.force(false);
    }

    private JournalContents readAll() throws IOException, JournalException {
        List<JournalRecord> records = new ArrayList<>();
        long fileLength = Files.size(file);
        try (InputStream raw = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ));
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new JournalException("not a Spoor custody journal", 0);
            }
            long position = MAGIC.length;
            while (position < fileLength) {
                long recordStart = position;
                try {
                    int length = in.readInt();
                    long seq = in.readLong();
                    if (length <= 0 || length > MAX_RECORD) {
                        throw new JournalException("record of impossible length " + length, seq);
                    }
                    byte[] nonce = new byte[NONCE_BYTES];
                    in.readFully(nonce);
                    byte[] sealed = new byte[length];
                    in.readFully(sealed);
                    byte[] plaintext = open(seq, nonce, sealed);
                    records.add(new JournalRecord(seq, plaintext));
                    position = recordStart + 4 + 8 + NONCE_BYTES + length;
                } catch (EOFException torn) {
                    return new JournalContents(records, recordStart, fileLength - recordStart);
                }
            }
            return new JournalContents(records, position, 0);
        }
    }

    private byte[] open(long seq, byte[] nonce, byte[] sealed) throws JournalException {
        try {
            return crypt(Cipher.DECRYPT_MODE, seq, nonce, sealed);
        } catch (AEADBadTagException e) {
            throw new JournalException("record fails authentication (altered, or not written by this case)", seq);
        }
    }

    private byte[] crypt(int mode, long seq, byte[] nonce, byte[] input) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.aesKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(MAGIC);
            cipher.updateAAD(ByteBuffer.allocate(8).putLong(seq).array());
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            key.close();
        }
    }
}
