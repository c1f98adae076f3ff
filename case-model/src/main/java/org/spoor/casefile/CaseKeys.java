package org.spoor.casefile;

import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.casefile.crypto.KeyEnvelope;
import org.spoor.casefile.crypto.PasswordKdf;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.casefile.crypto.WrongKeyException;

/**
 * The key hierarchy: password → Argon2id → key-encryption key → (AES-GCM envelope) → data key. The
 * envelope's tag is the password check, so it happens before anything else of the case is touched.
 */
final class CaseKeys {

    private CaseKeys() {
    }

    static SecretBytes unlock(CaseHeader header, char[] password) throws CaseException {
        try (SecretBytes kek = PasswordKdf.deriveKeyEncryptionKey(password, header.kdf())) {
            return KeyEnvelope.unwrap(kek, header.wrappedDataKey(), header.associatedData());
        } catch (WrongKeyException e) {
            throw new CaseException(CaseException.Kind.WRONG_PASSWORD, "case.error.wrongPassword",
                    "Wrong password for this case (or its header was altered)");
        }
    }

    /** A header whose envelope opens with {@code password}; the data key itself does not change. */
    static CaseHeader seal(CaseHeader template, KdfParameters kdf, SecretBytes dataKey, char[] password) {
        CaseHeader unsealed = template.withEnvelope(kdf, new byte[0]);
        try (SecretBytes kek = PasswordKdf.deriveKeyEncryptionKey(password, kdf)) {
            return unsealed.withEnvelope(kdf, KeyEnvelope.wrap(kek, dataKey, unsealed.associatedData()));
        }
    }
}
