package org.gloss.api.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;

/**
 * The exporters' sample: a small real project with Cyrillic, an emoji (one code point, two UTF-16
 * units), markup and quotes to escape, a two-level codebook, an unused code, a document without
 * codings, two coders and a project memo. Made in whatever store the test gives.
 */
public final class ExportSample {
    public static final String TEXT = "Q: Как дела? 😀 A: debt, \"quotes\", <b>tags</b> & more\nsecond line";

    private ExportSample() {
    }

    /** The sample as a new project {@code study.gloss} in {@code dir}. */
    public static ProjectSession project(ProjectStoreProvider store, Path dir) {
        ProjectSession p = store.create(dir.resolve("study.gloss").toString());
        p.inTransaction(() -> {
            Document doc = p.documents().add(new NewDocument("interview", TEXT, null,
                    Map.of("age", new AttributeValue(AttributeType.NUMBER, "42"), "region", AttributeValue.text("Алматы"))));
            Document other = p.documents().add(new NewDocument("empty one", "nothing coded here", null, Map.of()));
            Code economy = p.codebook().add("Economy", null, "#112233", "money & <stuff>");
            Code debt = p.codebook().add("debt", economy.id(), null, null);
            p.codebook().add("unused", null, null, null);
            long aida = p.coders().getOrCreate("aida").id();
            long ben = p.coders().getOrCreate("ben").id();
            // "Q: Как дела? " is 13 code points, "😀" one: "A: debt" starts at 15
            p.codings().add(new NewCoding(doc.id(), debt.id(), aida, 15, 22, "first, \"quoted\" memo"));
            p.codings().add(new NewCoding(doc.id(), economy.id(), ben, 3, 14, null));
            p.codings().add(new NewCoding(doc.id(), debt.id(), ben, 24, 32, null));
            p.memos().put(MemoTarget.PROJECT, 0, "aida", "<script>alert(1)</script>");
            assert other != null;
        });
        return p;
    }

    /** What {@code exporter} writes for {@code request}. */
    public static byte[] export(Exporter exporter, ProjectSession p, ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(p, request, out);
        return out.toByteArray();
    }
}
