package org.spoor.reports.pack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * What goes into a case pack.
 *
 * @param bundlePdf the (signed) bundle, stored as data/bundle.pdf
 * @param bagInfo extra bag-info.txt lines (e.g. "External-Identifier" = case number); keep them free
 *                of anything that must not be disclosed
 * @param signer key that signs the manifest; required
 * @param transferPassword encrypts the whole pack for transfer when not null (see {@link PackCipher})
 * @param exhibitIndex the bundle's request, from which the pack writes {@code data/exhibits.json} (the
 *                     disclosed exhibits with their text, through the bundle's disclosure filter);
 *                     null for a pack without an exhibit index
 */
public record PackRequest(Path bundlePdf, List<PackOriginal> originals, Map<String, String> bagInfo,
                          InvestigatorKey signer, char[] transferPassword, BundleRequest exhibitIndex) {
    public PackRequest {
        Objects.requireNonNull(bundlePdf, "bundlePdf");
        Objects.requireNonNull(signer, "signer");
        originals = List.copyOf(originals);
        bagInfo = bagInfo == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bagInfo));
    }

    /** A pack without an exhibit index. */
    public PackRequest(Path bundlePdf, List<PackOriginal> originals, Map<String, String> bagInfo,
                       InvestigatorKey signer, char[] transferPassword) {
        this(bundlePdf, originals, bagInfo, signer, transferPassword, null);
    }

    public Optional<BundleRequest> index() {
        return Optional.ofNullable(exhibitIndex);
    }

    public Optional<char[]> password() {
        return Optional.ofNullable(transferPassword);
    }
}
