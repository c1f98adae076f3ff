package org.spoor.casefile.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys and cipher of one chunked AEAD file: AES-256-GCM (the JDK's SunJCE provider, which uses AES-NI and
 * carry-less multiply; measured faster here than BouncyCastle's pure-Java GCM) for chunks and HMAC-SHA256 for the
 * identity tag, both keyed by HKDF(master key, file salt). Not thread-safe: one per reader or writer.
 */
final class FileCipher implements AutoCloseable {

    private static final byte[] INFO = "spoor/chunked-aead/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 32;

    private final ChunkedAeadHeader header;
    private final SecretKeySpec chunkKey;
    private final SecretKeySpec tagKey;
    private final Cipher cipher;
    private final byte[] nonce = new byte[12];
    private final byte[] aad;

    FileCipher(SecretBytes masterKey, ChunkedAeadHeader header) {
        this.header = header;
        this.aad = header.fixedBytes();
        try (SecretBytes keys = SubKeys.hkdf(masterKey.bytes(), header.salt(), INFO, 2 * KEY_LENGTH)) {
            this.chunkKey = new SecretKeySpec(keys.bytes(), 0, KEY_LENGTH, "AES");
            this.tagKey = new SecretKeySpec(keys.bytes(), KEY_LENGTH, KEY_LENGTH, "HmacSHA256");
        }
        System.arraycopy(header.noncePrefix(), 0, nonce, 0, ChunkedAeadHeader.NONCE_PREFIX_LENGTH);
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    ChunkedAeadHeader header() {
        return header;
    }

    /** Encrypts {@code len} bytes of {@code in} as chunk {@code index} into {@code out}; returns bytes written. */
    int seal(long index, boolean last, byte[] in, int len, byte[] out) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, chunkKey, nonceFor(index, last));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, len, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts chunk {@code index} ({@code len} bytes with tag) into {@code out}; returns plaintext length. */
    int open(long index, boolean last, byte[] in, int len, byte[] out, int outOffset) throws IntegrityException {
        try {
            cipher.init(Cipher.DECRYPT_MODE, chunkKey, nonceFor(index, last));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, len, out, outOffset);
        } catch (AEADBadTagException e) {
            throw new IntegrityException("chunk " + index + (last ? " (last)" : "") + " failed authentication", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    byte[] identityTag(byte[] identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(tagKey);
            mac.update(aad);
            mac.update(identity);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    void checkIdentity(byte[] identity) throws IntegrityException {
        if (!MessageDigest.isEqual(identityTag(identity), header.tag())) {
            throw new IntegrityException("encrypted file does not belong to this name or key");
        }
    }

    private GCMParameterSpec nonceFor(long index, boolean last) {
        if (index < 0 || index >= ChunkLayout.MAX_CHUNKS) {
            throw new IllegalStateException("chunk index out of range: " + index);
        }
        int p = ChunkedAeadHeader.NONCE_PREFIX_LENGTH;
        nonce[p] = (byte) (index >>> 24);
        nonce[p + 1] = (byte) (index >>> 16);
        nonce[p + 2] = (byte) (index >>> 8);
        nonce[p + 3] = (byte) index;
        nonce[p + 4] = (byte) (last ? 1 : 0);
        return new GCMParameterSpec(ChunkLayout.TAG_LENGTH * 8, nonce);
    }

    /** SecretKeySpec cannot be wiped through its API; this drops our references and clears the nonce. */
    @Override
    public void close() {
        Arrays.fill(nonce, (byte) 0);
    }
}
