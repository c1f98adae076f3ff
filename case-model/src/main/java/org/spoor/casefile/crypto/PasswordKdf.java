package org.spoor.casefile.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Password to key-encryption key, with Argon2id (memory-hard, so guessing costs an attacker RAM as well as time). */
public final class PasswordKdf {

    public static final int KEY_LENGTH = 32;

    private PasswordKdf() {
    }

    /**
     * Derives the 32-byte key-encryption key. The password is encoded as UTF-8 of its NFC form, so a Vietnamese
     * password typed with combining marks on one system and precomposed letters on another opens the same case.
     * The encoded bytes are wiped; the caller wipes {@code password}.
     */
    public static SecretBytes deriveKeyEncryptionKey(char[] password, KdfParameters params) {
        params.validate();
        byte[] encoded = utf8OfNfc(password);
        try {
            Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(params.salt())
                    .withMemoryAsKB(params.memoryKiB())
                    .withIterations(params.iterations())
                    .withParallelism(params.parallelism())
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon);
            byte[] key = new byte[KEY_LENGTH];
            generator.generateBytes(encoded, key);
            return SecretBytes.wrap(key);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    private static byte[] utf8OfNfc(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        if (!Normalizer.isNormalized(chars, Normalizer.Form.NFC)) {
            // Normalizer only returns Strings, which cannot be wiped: this copy is left to the garbage collector.
            chars = CharBuffer.wrap(Normalizer.normalize(chars, Normalizer.Form.NFC));
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.allocate(password.length * 4 + 4);
        try {
            CoderResult result = encoder.encode(chars, buffer, true);
            if (result.isError()) {
                result.throwException();
            }
            encoder.flush(buffer);
        } catch (CharacterCodingException e) {
            Arrays.fill(buffer.array(), (byte) 0);
            throw new IllegalArgumentException("password is not valid Unicode (unpaired surrogate)", e);
        }
        byte[] out = Arrays.copyOf(buffer.array(), buffer.position());
        Arrays.fill(buffer.array(), (byte) 0);
        return out;
    }
}
