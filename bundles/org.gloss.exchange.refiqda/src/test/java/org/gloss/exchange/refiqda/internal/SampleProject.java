package org.gloss.exchange.refiqda.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Code;
import org.gloss.model.CodePaths;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.gloss.model.Memo;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/** Real SQLite projects for the tests, and a name-based picture of one to compare projects by. */
final class SampleProject {
    /** Emoji and a CJK Extension B ideograph (U+20000) are two UTF-16 units but one code point. */
    static final String INTERVIEW = "Q: Как дела? 😀\nA: 𠀀 fine, it is a two-way road.\nQ: Қарыз?\nA: Debt 💸 worries me.\n";
    static final String ARTICLE = "Generational shift: the young 👩‍💻 borrow; the old save.";

    private SampleProject() {
    }

    static ProjectSession create(Path file) {
        return new SqliteStoreProvider().create(file.toString());
    }

    static ProjectSession open(Path file) {
        return new SqliteStoreProvider().open(file.toString());
    }

    /** Two documents with attributes, a three-level codebook, three coders (one idle), memos everywhere, cases and sets. */
    static void fill(ProjectSession p) {
        p.inTransaction(() -> {
            Document interview = p.documents().add(new NewDocument("interview — Алма", INTERVIEW, null, Map.of(
                    "age", new AttributeValue(AttributeType.NUMBER, "42"),
                    "region", AttributeValue.text("Алматы"),
                    "date", new AttributeValue(AttributeType.DATE, "2024-05-01"))));
            Document article = p.documents().add(new NewDocument("article", ARTICLE, null, Map.of(
                    "region", AttributeValue.text("Astana"))));
            Code economy = p.codebook().add("Economy", null, "#112233", "money matters");
            Code debt = p.codebook().add("debt concern", economy.id(), "#AbCdEf", null);
            Code loans = p.codebook().add("loans 💸", debt.id(), null, "three levels deep");
            Code shift = p.codebook().add("generational shift", null, null, null);
            long aida = p.coders().getOrCreate("aida").id();
            long ben = p.coders().getOrCreate("ben").id();
            p.coders().getOrCreate("idle coder");
            p.codings().add(new NewCoding(interview.id(), economy.id(), aida, 0, 15, "greeting 😀"));
            p.codings().add(new NewCoding(interview.id(), debt.id(), ben, 16, 48, null));
            Coding c = p.codings().add(new NewCoding(interview.id(), loans.id(), aida, 59, 77, "memo with \"quotes\" & <tags>"));
            p.codings().add(new NewCoding(interview.id(), loans.id(), ben, 59, 77, null));
            p.codings().add(new NewCoding(article.id(), shift.id(), aida, 0, 18, null));
            p.memos().put(org.gloss.model.MemoTarget.PROJECT, 0, "aida", "Project memo: Қазақ тілі 𠀀");
            p.memos().put(org.gloss.model.MemoTarget.DOCUMENT, interview.id(), "someone else", "about the interview");
            p.memos().put(org.gloss.model.MemoTarget.CODE, debt.id(), "ben", "code memo");
            p.memos().put(org.gloss.model.MemoTarget.CODING, c.id(), "aida", "coding memo\nsecond line");
            p.memos().putFree("journal — day 1", "ben", "a free memo about no object");
            addCasesAndSets(p, interview, article, economy, debt);
        });
    }

    /**
     * A case with a range (with an emoji in it) and a whole document as members and typed
     * attributes, one of whose keys documents use with another type; an empty case; a static set
     * of a document and a code; a smart set; a set of codes only.
     */
    private static void addCasesAndSets(ProjectSession p, Document interview, Document article, Code economy, Code debt) {
        Case alma = p.cases().add("Алма", "teacher 😀\nsecond line");
        p.cases().addMember(alma.id(), CaseMember.range(interview.id(), 3, 15));
        p.cases().addMember(alma.id(), CaseMember.range(interview.id(), 48, 58));
        p.cases().addMember(alma.id(), CaseMember.wholeDocument(article.id()));
        p.cases().setAttribute(alma.id(), "age", new AttributeValue(AttributeType.NUMBER, "42.5"));
        p.cases().setAttribute(alma.id(), "region", AttributeValue.text("Алматы"));
        p.cases().setAttribute(alma.id(), "interviewed", new AttributeValue(AttributeType.DATE, "2024-05-01"));
        // documents have "date" as a date; this case has it as text
        p.cases().setAttribute(alma.id(), "date", AttributeValue.text("spring"));
        p.cases().add("empty case", null);
        DocumentSet interviews = p.sets().add("interviews", "wave one", null);
        p.sets().addDocument(interviews.id(), interview.id());
        p.sets().addCode(interviews.id(), debt.id());
        p.sets().add("in Astana", "", "region=Astana");
        DocumentSet codes = p.sets().add("codes only", "line 1\nline 2", null);
        p.sets().addCode(codes.id(), economy.id());
    }

    /** Everything a user can see in a project, by names (ids and timestamps differ between copies). */
    static Map<String, Object> picture(ProjectSession p) {
        Map<String, Object> picture = new TreeMap<>();
        CodePaths paths = new CodePaths(p.codebook().list());
        Map<Long, String> docNames = new TreeMap<>();
        List<String> documents = new ArrayList<>();
        for (Document d : p.documents().list()) {
            docNames.put(d.id(), d.name());
            documents.add(d.name() + "|" + p.documents().text(d.id()) + "|" + new TreeMap<>(d.attributes()));
        }
        picture.put("documents", sorted(documents));
        List<String> codes = new ArrayList<>();
        for (Code c : p.codebook().list()) {
            codes.add(paths.path(c) + "|" + c.color() + "|" + c.description());
        }
        picture.put("codes", sorted(codes));
        picture.put("coders", sorted(p.coders().list().stream().map(c -> c.name()).toList()));
        Map<Long, String> coderNames = new TreeMap<>();
        p.coders().list().forEach(c -> coderNames.put(c.id(), c.name()));
        Map<Long, String> codingKeys = new TreeMap<>();
        List<String> codings = new ArrayList<>();
        for (Coding c : p.codings().list(org.gloss.api.store.CodingFilter.ALL)) {
            String key = docNames.get(c.documentId()) + "|" + paths.path(c.codeId()) + "|" + coderNames.get(c.coderId())
                    + "|" + c.start() + "|" + c.end();
            codingKeys.put(c.id(), key);
            codings.add(key + "|" + c.memo());
        }
        picture.put("codings", sorted(codings));
        List<String> memos = new ArrayList<>();
        for (Memo m : p.memos().list()) {
            String target = switch (m.target()) {
                case PROJECT -> "project";
                case DOCUMENT -> "document " + docNames.get(m.targetId());
                case CODE -> "code " + paths.path(m.targetId());
                case CODING -> "coding " + codingKeys.get(m.targetId());
                case FREE -> "free memo " + m.title();
            };
            memos.add(target + "|" + m.author() + "|" + m.text());
        }
        picture.put("memos", sorted(memos));
        List<String> cases = new ArrayList<>();
        for (Case c : p.cases().list()) {
            List<String> members = c.members().stream().map(m -> docNames.get(m.documentId())
                    + (m.isWholeDocument() ? "" : "[" + m.span().start() + "," + m.span().end() + ")")).sorted().toList();
            cases.add(c.name() + "|" + c.description() + "|" + new TreeMap<>(c.attributes()) + "|" + members);
        }
        picture.put("cases", sorted(cases));
        List<String> sets = new ArrayList<>();
        for (DocumentSet s : p.sets().list()) {
            sets.add(s.name() + "|" + s.description() + "|" + s.condition() + "|"
                    + s.documentIds().stream().map(docNames::get).sorted().toList() + "|"
                    + s.codeIds().stream().map(paths::path).sorted().toList());
        }
        picture.put("sets", sorted(sets));
        return picture;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
