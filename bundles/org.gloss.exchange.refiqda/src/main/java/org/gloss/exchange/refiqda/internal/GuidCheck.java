package org.gloss.exchange.refiqda.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.gloss.exchange.refiqda.internal.QdaXml.Node;

/**
 * Every identified element has a well-formed GUID that no other element has. Checked before the
 * schema, so that the message says exactly this rather than a schema rule number.
 */
final class GuidCheck {
    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    /** Elements whose guid attribute the schema requires. */
    private static final Set<String> IDENTIFIED = Set.of("User", "Code", "Case", "Variable", "Set", "TextSource",
            "PictureSource", "PDFSource", "AudioSource", "VideoSource", "PlainTextSelection", "PictureSelection",
            "PDFSelection", "AudioSelection", "VideoSelection", "Transcript", "TranscriptSelection", "SyncPoint", "Coding",
            "Graph", "Vertex", "Edge", "Note", "Link", "Representation", "TextDescription");
    /** Elements that hold a GUID of another element in targetGUID, or MemberCode in guid. */
    private static final Set<String> REFERENCES = Set.of("MemberCode");

    private final String what;
    private final Set<String> seen = new HashSet<>();

    private GuidCheck(String what) {
        this.what = what;
    }

    static Set<String> check(Node root, String what) {
        GuidCheck check = new GuidCheck(what);
        // without recursion: the tree's depth is bounded by the parser, but the walk need not rely on it
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            check.visit(node);
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return check.seen;
    }

    private void visit(Node node) {
        if (IDENTIFIED.contains(node.name())) {
            String guid = node.attr("guid");
            if (guid == null || guid.isBlank()) {
                throw RefiQdaErrors.missingGuid(what, node.name());
            }
            if (!GUID.matcher(guid.strip()).matches()) {
                throw RefiQdaErrors.invalidGuid(what, node.name(), guid);
            }
            if (!seen.add(normalize(guid))) {
                throw RefiQdaErrors.duplicateGuid(what, guid.strip());
            }
        } else if (!REFERENCES.contains(node.name()) && node.attr("guid") != null) {
            // an unknown element with a guid still must not clash with another
            seen.add(normalize(node.attr("guid")));
        }
    }

    /** Whether the text is a GUID as the schema's GUIDType allows it (with or without braces). */
    static boolean isWellFormed(String guid) {
        return guid != null && GUID.matcher(guid).matches();
    }

    /** GUIDs compare without braces and case. */
    static String normalize(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
