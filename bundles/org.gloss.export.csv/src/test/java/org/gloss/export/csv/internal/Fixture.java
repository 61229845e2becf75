package org.gloss.export.csv.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/** A small real project: Cyrillic, emoji (one code point, two UTF-16 units), a two-level codebook. */
final class Fixture {
    static final String TEXT = "Q: Как дела? 😀 A: debt, \"quotes\", <b>tags</b> & more\nsecond line";

    private Fixture() {
    }

    static ProjectSession project(Path dir) {
        ProjectSession p = new SqliteStoreProvider().create(dir.resolve("study.gloss").toString());
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

    static byte[] export(Exporter exporter, ProjectSession p, ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(p, request, out);
        return out.toByteArray();
    }
}
