package org.gloss.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * A random project for property tests: documents made of sentences and paragraphs with Latin,
 * Cyrillic, Kazakh, CJK and emoji words (so code points and UTF-16 differ), zero-length
 * documents, a code tree, several coders and random (touching, nested, overlapping) codings.
 * Written to a real SQLite project file.
 */
final class GeneratedProject {
    static final String[] CODERS = {"ann", "ben", "cat"};
    private static final String[] WORDS = {"debt", "road", "qarыz", "қарыз", "өсу", "中", "国", "😀", "🙂x", "note",
        "кредит", "ел", "way"};

    record Doc(String name, String text, Map<String, AttributeValue> attributes) {
        int length() {
            return text.codePointCount(0, text.length());
        }
    }

    /** @param parent index of the parent code in {@link #codes}, or -1 */
    record CodeDef(String name, int parent) {
    }

    record CodingDef(int document, int code, int coder, int start, int end) {
    }

    final List<Doc> documents = new ArrayList<>();
    final List<CodeDef> codes = new ArrayList<>();
    final List<CodingDef> codings = new ArrayList<>();

    static GeneratedProject random(Random random) {
        GeneratedProject p = new GeneratedProject();
        int documents = 1 + random.nextInt(4);
        for (int d = 0; d < documents; d++) {
            String text = random.nextInt(8) == 0 ? "" : text(random);
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            if (random.nextInt(4) > 0) {
                attributes.put("age", new AttributeValue(AttributeType.NUMBER, Integer.toString(20 + random.nextInt(5) * 10)));
            }
            if (random.nextInt(4) > 0) {
                attributes.put("region", AttributeValue.text(random.nextBoolean() ? "North" : random.nextBoolean() ? "north " : "south"));
            }
            if (random.nextInt(3) > 0) {
                attributes.put("since", new AttributeValue(AttributeType.DATE, "2024-0" + (1 + random.nextInt(3)) + "-15"));
            }
            p.documents.add(new Doc("doc" + d, text, attributes));
        }
        int codes = 2 + random.nextInt(4);
        for (int k = 0; k < codes; k++) {
            int parent = k == 0 || random.nextInt(3) > 0 ? -1 : random.nextInt(k);
            p.codes.add(new CodeDef("c" + k, parent));
        }
        for (int d = 0; d < documents; d++) {
            int length = p.documents.get(d).length();
            if (length == 0) {
                continue;
            }
            int n = random.nextInt(10);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(length);
                int end = start + 1 + random.nextInt(Math.min(length - start, 1 + length / 3));
                p.codings.add(new CodingDef(d, random.nextInt(codes), random.nextInt(CODERS.length), start, end));
            }
            // touching codings of one code: the runs must melt
            if (random.nextBoolean() && length > 4) {
                int at = 1 + random.nextInt(length - 2);
                int code = random.nextInt(codes);
                int coder = random.nextInt(CODERS.length);
                p.codings.add(new CodingDef(d, code, coder, Math.max(0, at - 2), at));
                p.codings.add(new CodingDef(d, code, coder, at, Math.min(length, at + 2)));
            }
        }
        return p;
    }

    /** Paragraphs (separated by a blank line) of sentences ("Word word word. "). */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append("Start");
                int words = random.nextInt(4);
                for (int w = 0; w < words; w++) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                text.append('.');
            }
        }
        return text.toString();
    }

    /** Writes the project; returns the open session. */
    ProjectSession write(Path file) {
        ProjectSession session = new SqliteStoreProvider().create(file.toString());
        Map<Integer, Long> documentIds = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Doc doc = documents.get(d);
            documentIds.put(d, session.documents().add(new NewDocument(doc.name(), doc.text(), null, doc.attributes())).id());
        }
        List<Long> codeIds = new ArrayList<>();
        for (CodeDef c : codes) {
            Code added = session.codebook().add(c.name(), c.parent() < 0 ? null : codeIds.get(c.parent()), null, null);
            codeIds.add(added.id());
        }
        List<Long> coderIds = new ArrayList<>();
        for (String name : CODERS) {
            coderIds.add(session.coders().getOrCreate(name).id());
        }
        List<NewCoding> all = new ArrayList<>();
        for (CodingDef c : codings) {
            all.add(new NewCoding(documentIds.get(c.document()), codeIds.get(c.code()), coderIds.get(c.coder()), c.start(),
                    c.end(), null));
        }
        if (!all.isEmpty()) {
            session.codings().addAll(all);
        }
        return session;
    }

    /** Codes in codebook order (depth first, siblings by name). */
    List<Integer> codebookOrder() {
        List<Integer> order = new ArrayList<>();
        addChildren(-1, order);
        return order;
    }

    private void addChildren(int parent, List<Integer> order) {
        List<Integer> children = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            if (codes.get(k).parent() == parent) {
                children.add(k);
            }
        }
        children.sort(java.util.Comparator.comparing(k -> codes.get(k).name()));
        for (int k : children) {
            order.add(k);
            addChildren(k, order);
        }
    }

    /** The code and its descendants. */
    boolean[] subtree(int code) {
        boolean[] set = new boolean[codes.size()];
        for (int k = 0; k < codes.size(); k++) {
            for (int a = k; a >= 0; a = codes.get(a).parent()) {
                if (a == code) {
                    set[k] = true;
                    break;
                }
            }
        }
        return set;
    }

    int codeIndex(String name) {
        for (int k = 0; k < codes.size(); k++) {
            if (codes.get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
