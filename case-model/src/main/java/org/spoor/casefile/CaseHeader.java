package org.spoor.casefile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.spoor.casefile.crypto.KdfParameters;

/**
 * The only clear part of a case: enough to derive the key-encryption key from the password and
 * unwrap the data key. Everything else in the folder is encrypted with keys derived from that data key.
 *
 * @param wrappedDataKey AES-GCM envelope of the data key; its tag also authenticates {@link #associatedData()}
 */
public record CaseHeader(int formatVersion, String caseId, KdfParameters kdf, byte[] wrappedDataKey) {

    public static final int CURRENT_FORMAT_VERSION = 1;

    public CaseHeader {
        wrappedDataKey = wrappedDataKey.clone();
    }

    @Override
    public byte[] wrappedDataKey() {
        return wrappedDataKey.clone();
    }

    /**
     * The header fields bound into the key envelope: changing the KDF parameters, the case id or the
     * version in the clear header makes the password check fail instead of silently weakening it.
     */
    public byte[] associatedData() {
        String canonical = "spoor-case|" + formatVersion + "|" + caseId + "|" + kdf.algorithm() + "|"
                + kdf.memoryKiB() + "|" + kdf.iterations() + "|" + kdf.parallelism() + "|"
                + Base64.getEncoder().encodeToString(kdf.salt());
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    CaseHeader withEnvelope(KdfParameters newKdf, byte[] newWrappedDataKey) {
        return new CaseHeader(formatVersion, caseId, newKdf, newWrappedDataKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseHeader h && h.formatVersion == formatVersion && h.caseId.equals(caseId)
                && h.kdf.equals(kdf) && Arrays.equals(h.wrappedDataKey, wrappedDataKey);
    }

    @Override
    public int hashCode() {
        return caseId.hashCode();
    }

    @Override
    public String toString() {
        return "CaseHeader[v" + formatVersion + ", " + caseId + ", " + kdf.algorithm() + "]";
    }
}
