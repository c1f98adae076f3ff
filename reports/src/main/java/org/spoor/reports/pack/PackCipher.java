package org.spoor.reports.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Optional transfer encryption of a whole pack, in the file format of OpenSSL's {@code enc}
 * command, so a prosecutor can open it without Spoor:
 * <pre>openssl enc -d -aes-256-cbc -pbkdf2 -iter 600000 -md sha256 -in CASE.spoorpack -out CASE.zip</pre>
 * Layout: the 8 bytes "Salted__", an 8-byte random salt, then AES-256-CBC (PKCS#7 padding) of the
 * zip. Key and IV are the 48 bytes of PBKDF2-HMAC-SHA256(password, salt, 600 000 iterations).
 * CBC alone does not detect tampering: integrity comes from the signed manifest inside the pack,
 * which the verifier checks after decryption.
 */
public final class PackCipher {

    public static final int ITERATIONS = 600_000;
    static final byte[] MAGIC = "Salted__".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_LENGTH = 8;

    private PackCipher() {
    }

    /** Wraps out: bytes written to the returned stream land encrypted in out. */
    static OutputStream encrypting(OutputStream out, char[] password) throws IOException, GeneralSecurityException {
        byte[] salt = new byte[SALT_LENGTH];
        new SecureRandom().nextBytes(salt);
        out.write(MAGIC);
        out.write(salt);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, password, salt));
    }

    /** Reads the header from in and returns the decrypted stream. */
    static InputStream decrypting(InputStream in, char[] password) throws IOException, GeneralSecurityException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted pack");
        }
        byte[] salt = in.readNBytes(SALT_LENGTH);
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, password, salt));
    }

    static boolean isEncrypted(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 48 * 8);
        byte[] material = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(material, 0, 32, "AES"), new IvParameterSpec(material, 32, 16));
            return cipher;
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }
}
