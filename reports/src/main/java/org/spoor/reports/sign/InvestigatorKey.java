package org.spoor.reports.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import org.spoor.reports.ReportsException;

/**
 * The investigator's signing key and certificate chain, read from a PKCS#12 keystore (.p12).
 * The first entry holding a private key is used.
 */
public record InvestigatorKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public InvestigatorKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public Certificate[] chainArray() {
        return chain.toArray(new Certificate[0]);
    }

    /** Reads the key; the password is used for the store and the key entry, then not kept. */
    public static InvestigatorKey load(Path keystore, char[] password) throws ReportsException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Enumeration<String> aliases = store.aliases();
            while (aliases.hasMoreElements()) {
                String alias = aliases.nextElement();
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    Certificate[] certificates = store.getCertificateChain(alias);
                    if (key instanceof PrivateKey privateKey && certificates != null) {
                        List<X509Certificate> chain = Arrays.stream(certificates)
                                .map(X509Certificate.class::cast).toList();
                        return new InvestigatorKey(privateKey, chain);
                    }
                }
            }
            throw new ReportsException("sign.keystore.nokey", "no private key with a certificate in " + keystore,
                    keystore);
        } catch (IOException e) {
            throw new ReportsException("sign.keystore.unreadable",
                    "cannot open keystore " + keystore + " (wrong password or not a PKCS#12 file)", e, keystore);
        } catch (GeneralSecurityException e) {
            throw new ReportsException("sign.keystore.unreadable", "cannot read the key in " + keystore, e, keystore);
        }
    }
}
