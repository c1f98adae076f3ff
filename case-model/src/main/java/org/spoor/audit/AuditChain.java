package org.spoor.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an audit entry's hash is computed: SHA-256 over the previous hash and the entry's fields, each
 * length-prefixed so that no two different entries share a byte string. A removed, reordered or
 * altered entry breaks the chain from that entry on.
 */
public final class AuditChain {

    private AuditChain() {
    }

    public static String hash(long seq, Instant at, String actor, String action, String subject, String details,
                              String prevHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + details.length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, "spoor-audit-v1");
            field(out, prevHash);
            out.writeLong(seq);
            field(out, at.toString());
            field(out, actor);
            field(out, action);
            field(out, subject == null ? "" : subject);
            field(out, details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    public static AuditEntry seal(long seq, Instant at, String actor, String action, String subject, String details,
                                  String prevHash) {
        return new AuditEntry(seq, at, actor, action, subject, details, prevHash,
                hash(seq, at, actor, action, subject, details, prevHash));
    }

    /** Whether the entry's stored hash is the hash of its content. */
    public static boolean isIntact(AuditEntry entry) {
        return entry.entryHash().equals(hash(entry.seq(), entry.at(), entry.actor(), entry.action(),
                entry.subject(), entry.details(), entry.prevHash()));
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
