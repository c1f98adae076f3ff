package org.spoor.reports.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.spoor.reports.ReportsException;

/**
 * Makes a self-signed investigator keystore (RSA 3072, SHA-256) for the demo case and tests. A
 * signature made with it is mathematically valid, but no one's trust list knows the certificate:
 * a real deployment uses a key issued by the agency's certification authority instead.
 */
public final class SelfSignedKeystore {

    public static final String ALIAS = "investigator";
    private static final Duration VALIDITY = Duration.ofDays(3 * 365);

    private SelfSignedKeystore() {
    }

    public static InvestigatorKey create(Path target, String investigatorName, String unit, char[] password)
            throws ReportsException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = certificate(pair, investigatorName, unit);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
            try (OutputStream out = Files.newOutputStream(target)) {
                store.store(out, password);
            }
            return new InvestigatorKey(pair.getPrivate(), java.util.List.of(certificate));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new ReportsException("sign.keystore.create.failed", "cannot create a keystore at " + target, e,
                    target);
        }
    }

    private static X509Certificate certificate(KeyPair pair, String name, String unit)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        X500NameBuilder subjectBuilder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name);
        if (unit != null && !unit.isBlank()) {
            subjectBuilder.addRDN(BCStyle.O, unit);
        }
        X500Name subject = subjectBuilder.build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(now.minusSeconds(300)),
                Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.extendedKeyUsage, false,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }
}
