package org.gloss.search.lucene.internal.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.gloss.search.lucene.internal.analysis.GlossAnalyzer;

/**
 * A digest of everything the index is derived from: the analysis version and every document's
 * id, content hash and language setting. Kept in the index's commit user data; when it differs
 * from the store's, the index is stale.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(Collection<DocumentKey> keys) {
        List<DocumentKey> sorted = keys.stream().sorted(Comparator.comparingLong(DocumentKey::id)).toList();
        MessageDigest digest = sha256();
        digest.update(GlossAnalyzer.VERSION.getBytes(StandardCharsets.UTF_8));
        for (DocumentKey key : sorted) {
            digest.update(("\n" + key.id() + "|" + key.encoded()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
