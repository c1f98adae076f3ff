package org.spoor.reports.pack;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * A detached CMS (PKCS#7) signature over the manifest, DER-encoded, with the signer's certificate
 * inside. Anyone can check it without Spoor:
 * {@code openssl cms -verify -binary -inform DER -in manifest-sha256.txt.p7s
 * -content manifest-sha256.txt -noverify} (-noverify: the certificate is checked separately
 * against the agency's CA, or is self-signed in a demo).
 */
final class ManifestSignature {

    private ManifestSignature() {
    }

    static byte[] sign(byte[] manifest, InvestigatorKey key) throws GeneralSecurityException, IOException {
        try {
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(manifest), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("cannot sign the manifest", e);
        }
    }

    /** The signer's subject when the signature is valid for these manifest bytes; empty otherwise. */
    static Optional<String> verify(byte[] manifest, byte[] signature) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return Optional.empty();
            }
            for (SignerInformation signer : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    return Optional.empty();
                }
                X509CertificateHolder holder = matches.iterator().next();
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                    return Optional.empty();
                }
            }
            X509CertificateHolder first = (X509CertificateHolder) signed.getCertificates()
                    .getMatches(signers.iterator().next().getSID()).iterator().next();
            return Optional.of(first.getSubject().toString());
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                 | RuntimeException e) {
            return Optional.empty();
        }
    }
}
