package org.spoor.casefile.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The data key wrapped under the password-derived key with AES-256-GCM. Its tag is the password check: it is
 * verified before anything else of the case is touched, so a wrong password never reaches H2.
 */
public final class KeyEnvelope {

    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyEnvelope() {
    }

    /** Returns 12-byte random nonce || ciphertext || 16-byte tag; {@code aad} binds the clear header fields. */
    public static byte[] wrap(SecretBytes keyEncryptionKey, SecretBytes dataKey, byte[] aad) {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyEncryptionKey.aesKey(), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(aad);
            byte[] out = new byte[NONCE_LENGTH + dataKey.length() + TAG_LENGTH];
            System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
            cipher.doFinal(dataKey.bytes(), 0, dataKey.length(), out, NONCE_LENGTH);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * Opens the envelope.
     *
     * @throws WrongKeyException when the tag does not verify: a wrong password or a damaged header
     */
    public static SecretBytes unwrap(SecretBytes keyEncryptionKey, byte[] wrapped, byte[] aad)
            throws WrongKeyException {
        if (wrapped.length <= NONCE_LENGTH + TAG_LENGTH) {
            throw new WrongKeyException("key envelope too short: " + wrapped.length + " bytes", null);
        }
        byte[] plain = new byte[wrapped.length - NONCE_LENGTH - TAG_LENGTH];
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyEncryptionKey.aesKey(),
                    new GCMParameterSpec(TAG_LENGTH * 8, wrapped, 0, NONCE_LENGTH));
            cipher.updateAAD(aad);
            cipher.doFinal(wrapped, NONCE_LENGTH, wrapped.length - NONCE_LENGTH, plain, 0);
            return SecretBytes.wrap(plain);
        } catch (AEADBadTagException e) {
            Arrays.fill(plain, (byte) 0);
            throw new WrongKeyException("key envelope did not authenticate", e);
        } catch (GeneralSecurityException e) {
            Arrays.fill(plain, (byte) 0);
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
