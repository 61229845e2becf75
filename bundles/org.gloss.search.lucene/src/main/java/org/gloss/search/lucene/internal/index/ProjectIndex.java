package org.gloss.search.lucene.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.gloss.api.error.GlossException;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.IndexReport;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.analysis.GlossAnalyzer;
import org.gloss.search.lucene.internal.analysis.Language;
import org.gloss.search.lucene.internal.analysis.LanguageDetector;
import org.gloss.search.lucene.internal.errors.SearchErrors;

/**
 * The Lucene index of one project, in a folder beside it. It is derived data: before every search
 * {@link #refresh} compares the fingerprint in the index's last commit with the store's documents
 * and updates the changed documents, or rebuilds the index when it is missing, built by another
 * analysis, or damaged. Methods are synchronized: one index, one writer at a time in this process;
 * other processes are kept out by Lucene's write lock.
 */
public final class ProjectIndex implements Closeable {
    private static final String FINGERPRINT = "gloss.fingerprint";
    private static final String ANALYSIS = "gloss.analysis";
    private static final String FORMAT = "gloss.format";
    private static final long LOCK_WAIT_MILLIS = 30_000;

    private final Path path;
    private FSDirectory directory;
    private DirectoryReader reader;
    private Map<Long, DocumentKey> lastKeys;
    private String lastFingerprint;
    /** The last full check: by which session, at which store revision, and the fingerprint it found. */
    private WeakReference<ProjectSession> checkedBy = new WeakReference<>(null);
    private long checkedRevision;
    private String checkedFingerprint;

    public ProjectIndex(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /**
     * Brings the index in line with the store's documents. When the store has a revision and it
     * has not moved since this session's last check, the documents are not listed again: the
     * index is up to date if its last commit still has the fingerprint that check found (another
     * process may have rewritten the index, but from the same documents).
     */
    public synchronized IndexReport refresh(ProjectSession project, IndexProgress progress) {
        OptionalLong revision = project.documents().revision();
        if (revision.isPresent() && checkedBy.get() == project && checkedRevision == revision.getAsLong()) {
            try {
                DirectoryReader current = currentReader();
                if (current != null && upToDate(current.getIndexCommit().getUserData(), checkedFingerprint)) {
                    return new IndexReport(false, "up to date", 0, 0, current.numDocs());
                }
            } catch (IOException | RuntimeException e) {
                // the full check below finds out what is wrong
            }
        }
        checkedBy = new WeakReference<>(null);
        Map<Long, DocumentKey> keys = DocumentKey.of(project.documents());
        IndexReport report = refresh(project, keys, progress);
        if (revision.isPresent()) {
            checkedBy = new WeakReference<>(project);
            checkedRevision = revision.getAsLong();
            checkedFingerprint = fingerprintOf(keys);
        }
        return report;
    }

    /** Rebuilds from scratch from the store's documents, e.g. when a search found the index damaged. */
    public synchronized IndexReport rebuild(ProjectSession project, String reason, IndexProgress progress) {
        return rebuild(project, DocumentKey.of(project.documents()), reason, progress);
    }

    private static boolean upToDate(Map<String, String> commitData, String fingerprint) {
        return GlossAnalyzer.VERSION.equals(commitData.get(ANALYSIS)) && IndexSchema.FORMAT.equals(commitData.get(FORMAT))
                && fingerprint != null && fingerprint.equals(commitData.get(FINGERPRINT));
    }

    /** Brings the index in line with the store's documents, given by their keys. */
    public synchronized IndexReport refresh(ProjectSession project, Map<Long, DocumentKey> wanted, IndexProgress progress) {
        String fingerprint = fingerprintOf(wanted);
        try {
            DirectoryReader current = currentReader();
            if (current == null) {
                return rebuild(project, wanted, fingerprint, "missing", progress);
            }
            Map<String, String> data = current.getIndexCommit().getUserData();
            if (!GlossAnalyzer.VERSION.equals(data.get(ANALYSIS))) {
                return rebuild(project, wanted, fingerprint, "built with another analysis", progress);
            }
            if (!IndexSchema.FORMAT.equals(data.get(FORMAT))) {
                return rebuild(project, wanted, fingerprint, "written in another index format", progress);
            }
            if (fingerprint.equals(data.get(FINGERPRINT))) {
                return new IndexReport(false, "up to date", 0, 0, current.numDocs());
            }
            return update(project, current, wanted, fingerprint, progress);
        } catch (IndexNotFoundException e) {
            return rebuild(project, wanted, fingerprint, "missing", progress);
        } catch (IOException | RuntimeException e) {
            if (e instanceof GlossException glossException) {
                throw glossException;
            }
            return rebuild(project, wanted, fingerprint, "damaged: " + IndexProblem.describe(e), progress);
        }
    }

    /**
     * The fingerprint of the documents' keys. Searches in a row usually see the same keys: then
     * comparing them with the last ones is cheaper than hashing them all again.
     */
    private String fingerprintOf(Map<Long, DocumentKey> wanted) {
        if (!wanted.equals(lastKeys)) {
            lastFingerprint = Fingerprint.of(wanted.values());
            lastKeys = Map.copyOf(wanted);
        }
        return lastFingerprint;
    }

    /** Rebuilds from scratch, e.g. when a search found the index damaged. */
    public synchronized IndexReport rebuild(ProjectSession project, Map<Long, DocumentKey> wanted, String reason,
                                            IndexProgress progress) {
        return rebuild(project, wanted, fingerprintOf(wanted), reason, progress);
    }

    /**
     * The UTF-16 spans of every match of the query, per document id, for the documents the filter
     * accepts. Call {@link #refresh} first.
     *
     * @throws IndexDamagedException when the index cannot be read
     */
    public synchronized Map<Long, List<CharSpan>> find(Query query, List<String> textFields, LongPredicate accept) {
        return find(query, textFields, accept, false).spans();
    }

    /**
     * Finds the matches like {@link #find(Query, List, LongPredicate)} and hands them, with the
     * index's copy of each matching document's text, to {@code use}, while holding this index:
     * no refresh in between can replace the reader the texts come from.
     *
     * @throws IndexDamagedException when the index cannot be read
     */
    public synchronized <T> T search(Query query, List<String> textFields, LongPredicate accept, Function<Found, T> use) {
        return use.apply(find(query, textFields, accept, false));
    }

    /** @param matchesApiOnly read every match through Lucene's Matches API (tests compare both ways) */
    synchronized Found find(Query query, List<String> textFields, LongPredicate accept, boolean matchesApiOnly) {
        if (reader == null) {
            throw new IllegalStateException("refresh the index before searching");
        }
        Map<Long, List<CharSpan>> spans = new HashMap<>();
        Map<Long, Integer> docs = new HashMap<>();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query rewritten = searcher.rewrite(query);
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            Optional<TermOffsets> byTerms = matchesApiOnly ? Optional.empty()
                    : TermOffsets.of(rewritten, Set.copyOf(textFields));
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues ids = leaf.reader().getNumericDocValues(IndexSchema.ID_VALUE);
                DocIdSetIterator iterator = scorer.iterator();
                IntList matching = new IntList();
                List<Long> matchingIds = new ArrayList<>();
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (ids == null || !ids.advanceExact(doc)) {
                        throw new IOException("document without id in segment " + leaf.ord);
                    }
                    long id = ids.longValue();
                    if (!accept.test(id)) {
                        continue;
                    }
                    docs.put(id, leaf.docBase + doc);
                    if (byTerms.isPresent()) {
                        matching.add(doc);
                        matchingIds.add(id);
                    } else {
                        List<CharSpan> found = matches(weight.matches(leaf, doc), textFields);
                        if (!found.isEmpty()) {
                            spans.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found);
                        }
                    }
                }
                if (byTerms.isPresent()) {
                    byTerms.get().collect(leaf.reader(), matching.toArray(),
                            matchingIds.stream().mapToLong(Long::longValue).toArray(), spans);
                }
            }
            spans.values().removeIf(List::isEmpty);
            return new Found(spans, docs, reader.leaves());
        } catch (IndexSearcher.TooManyClauses e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IndexDamagedException(IndexProblem.describe(e), e);
        }
    }

    /** Work on an index reader. */
    @FunctionalInterface
    public interface ReaderWork<T> {
        T apply(DirectoryReader reader) throws IOException;
    }

    /**
     * Runs {@code work} on the current reader while holding this index, so that no refresh in
     * between replaces it. Call {@link #refresh} first.
     *
     * @throws IndexDamagedException when the index cannot be read
     */
    public synchronized <T> T withReader(ReaderWork<T> work) {
        if (reader == null) {
            throw new IllegalStateException("refresh the index before reading it");
        }
        try {
            return work.apply(reader);
        } catch (GlossException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IndexDamagedException(IndexProblem.describe(e), e);
        }
    }

    /** What a search found: the match spans per document id, and the index's copy of those documents' texts. */
    public static final class Found {
        private final Map<Long, List<CharSpan>> spans;
        private final Map<Long, Integer> docs;
        private final List<LeafReaderContext> leaves;
        private final BinaryDocValues[] texts;

        private Found(Map<Long, List<CharSpan>> spans, Map<Long, Integer> docs, List<LeafReaderContext> leaves) {
            this.spans = spans;
            this.docs = docs;
            this.leaves = leaves;
            this.texts = new BinaryDocValues[leaves.size()];
        }

        /** UTF-16 spans of the matches, per document id. */
        public Map<Long, List<CharSpan>> spans() {
            return spans;
        }

        /**
         * The text of a document with matches as the index keeps it, or null when the index
         * keeps none of it (a text with an unpaired surrogate): then cut it from the store. The
         * text is read in place: it is valid until the next call.
         *
         * @throws IndexDamagedException when the text cannot be read
         */
        public IndexedText text(long documentId) {
            Integer doc = docs.get(documentId);
            if (doc == null) {
                throw new IllegalArgumentException("document " + documentId + " has no matches");
            }
            try {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                int local = doc - leaf.docBase;
                BinaryDocValues values = texts[leaf.ord];
                if (values == null || values.docID() >= local) {
                    // doc values are read forwards: going back takes a new iterator
                    values = texts[leaf.ord] = leaf.reader().getBinaryDocValues(IndexSchema.TEXT);
                }
                if (values == null || !values.advanceExact(local)) {
                    return null;
                }
                BytesRef value = values.binaryValue();
                return new IndexedText(value.bytes, value.offset, value.length);
            } catch (IOException | RuntimeException e) {
                throw new IndexDamagedException(IndexProblem.describe(e), e);
            }
        }
    }

    /** A growing list of ints (segment document numbers), without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static List<CharSpan> matches(Matches matches, List<String> textFields) throws IOException {
        List<CharSpan> spans = new ArrayList<>();
        if (matches == null) {
            return spans;
        }
        for (String field : textFields) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) {
                continue;
            }
            while (it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start >= 0 && end > start) {
                    spans.add(new CharSpan(start, end));
                }
            }
        }
        return spans;
    }

    /** The language each indexed document was analysed in, by document id. */
    public synchronized Map<Long, Language> languages() {
        Map<Long, Language> languages = new HashMap<>();
        if (reader == null) {
            return languages;
        }
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ids = leaf.reader().getNumericDocValues(IndexSchema.ID_VALUE);
                SortedDocValues codes = leaf.reader().getSortedDocValues(IndexSchema.LANGUAGE);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids != null && ids.advanceExact(doc)
                            && codes != null && codes.advanceExact(doc)) {
                        long id = ids.longValue();
                        Language.byCode(codes.lookupOrd(codes.ordValue()).utf8ToString())
                                .ifPresent(l -> languages.put(id, l));
                    }
                }
            }
            return languages;
        } catch (IOException | RuntimeException e) {
            throw new IndexDamagedException(IndexProblem.describe(e), e);
        }
    }

    private DirectoryReader currentReader() throws IOException {
        if (reader != null) {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
            return reader;
        }
        if (!Files.isDirectory(path)) {
            return null;
        }
        if (directory == null) {
            directory = FSDirectory.open(path);
        }
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        DirectoryReader opened = DirectoryReader.open(directory);
        try {
            // Verify every file's checksum once per process: a damaged index is then rebuilt
            // instead of silently missing hits.
            for (LeafReaderContext leaf : opened.leaves()) {
                leaf.reader().checkIntegrity();
            }
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        reader = opened;
        return reader;
    }

    private IndexReport update(ProjectSession project, DirectoryReader current, Map<Long, DocumentKey> wanted,
                               String fingerprint, IndexProgress progress) throws IOException {
        Map<Long, String> indexed = indexedKeys(current);
        List<Long> removed = new ArrayList<>();
        for (Long id : indexed.keySet()) {
            if (!wanted.containsKey(id)) {
                removed.add(id);
            }
        }
        List<DocumentKey> changed = new ArrayList<>();
        for (DocumentKey key : wanted.values()) {
            if (!key.encoded().equals(indexed.get(key.id()))) {
                changed.add(key);
            }
        }
        try (IndexWriter writer = openWriter(IndexWriterConfig.OpenMode.APPEND)) {
            for (Long id : removed) {
                writer.deleteDocuments(new Term(IndexSchema.ID, Long.toString(id)));
            }
            addAll(project, writer, changed, "updating the search index", progress, true);
            commit(writer, fingerprint);
        }
        reader = refreshed(current);
        return new IndexReport(false, "stale", changed.size(), removed.size(), reader.numDocs());
    }

    private IndexReport rebuild(ProjectSession project, Map<Long, DocumentKey> wanted, String fingerprint, String reason,
                                IndexProgress progress) {
        closeQuietly();
        try {
            // The folder is never deleted: another gloss process may be building it right now,
            // holding its write lock. A new index is written over the old one under that lock.
            if (Files.exists(path) && !Files.isDirectory(path)) {
                Files.delete(path);
            }
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            try {
                return build(project, wanted, fingerprint, reason, progress);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException unreadable) {
                if (unreadable instanceof GlossException glossException) {
                    throw glossException;
                }
                // files Lucene cannot even write over (a truncated segments file, a missing data
                // file): clear them under the write lock and build once more
                closeQuietly();
                directory = FSDirectory.open(path);
                clearUnderLock();
                return build(project, wanted, fingerprint, reason, progress);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof GlossException glossException) {
                throw glossException;
            }
            closeQuietly();
            throw SearchErrors.indexUnavailable(path, describe(e));
        }
    }

    private IndexReport build(ProjectSession project, Map<Long, DocumentKey> wanted, String fingerprint, String reason,
                              IndexProgress progress) throws IOException {
        long seen = SegmentInfos.getLastCommitGeneration(directory);
        try (IndexWriter writer = openWriter(IndexWriterConfig.OpenMode.CREATE)) {
            if (SegmentInfos.getLastCommitGeneration(directory) != seen && isCurrent(fingerprint)) {
                // another process built it while this one waited for the lock
                writer.rollback();
                DirectoryReader built = currentReader();
                if (built != null) {
                    return new IndexReport(false, "built by another gloss process", 0, 0, built.numDocs());
                }
                throw new IOException("the index another process built cannot be read");
            }
            addAll(project, writer, wanted.values().stream().sorted(Comparator.comparingLong(DocumentKey::id)).toList(),
                    "building the search index (" + reason + ")", progress, false);
            commit(writer, fingerprint);
        }
        reader = DirectoryReader.open(directory);
        return new IndexReport(true, reason, wanted.size(), 0, reader.numDocs());
    }

    /** Whether the newest commit on disk has this fingerprint and analysis. */
    private boolean isCurrent(String fingerprint) {
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            return fingerprint.equals(data.get(FINGERPRINT)) && GlossAnalyzer.VERSION.equals(data.get(ANALYSIS))
                    && IndexSchema.FORMAT.equals(data.get(FORMAT));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes every index file, holding the write lock so that no other process is writing them. */
    private void clearUnderLock() throws IOException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
                return;
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private void addAll(ProjectSession project, IndexWriter writer, List<DocumentKey> keys, String reason,
                        IndexProgress progress, boolean replace) throws IOException {
        int total = keys.size();
        int step = Math.max(1, total / 100);
        progress.update(reason, 0, total);
        int done = 0;
        for (DocumentKey key : keys) {
            String text = project.documents().text(key.id());
            var doc = IndexSchema.document(key.id(), text, key, languageOf(key, text));
            if (replace) {
                writer.updateDocument(new Term(IndexSchema.ID, Long.toString(key.id())), doc);
            } else {
                writer.addDocument(doc);
            }
            done++;
            if (done % step == 0 || done == total) {
                progress.update(reason, done, total);
            }
        }
    }

    static Language languageOf(DocumentKey key, String text) {
        return Language.byCode(key.languageSetting()).orElseGet(() -> LanguageDetector.detect(text));
    }

    private void commit(IndexWriter writer, String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint,
                ANALYSIS, GlossAnalyzer.VERSION, FORMAT, IndexSchema.FORMAT).entrySet());
        writer.commit();
    }

    private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try {
                return new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                // another gloss process is updating the same index: wait for it
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                sleep();
                config = new IndexWriterConfig(IndexSchema.analyzer()).setOpenMode(mode).setRAMBufferSizeMB(64)
                        .setCommitOnClose(false);
            }
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index lock", e);
        }
    }

    private DirectoryReader refreshed(DirectoryReader current) throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(current);
        if (newer == null) {
            return current;
        }
        current.close();
        return newer;
    }

    private static Map<Long, String> indexedKeys(DirectoryReader reader) throws IOException {
        Map<Long, String> keys = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ids = leaf.reader().getNumericDocValues(IndexSchema.ID_VALUE);
            BinaryDocValues encoded = leaf.reader().getBinaryDocValues(IndexSchema.KEY);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    if (ids == null || !ids.advanceExact(doc) || encoded == null || !encoded.advanceExact(doc)) {
                        throw new IOException("document without id or key in segment " + leaf.ord);
                    }
                    keys.put(ids.longValue(), encoded.binaryValue().utf8ToString());
                }
            }
        }
        return keys;
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // the files are being replaced anyway
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            reader = null;
            if (directory != null) {
                directory.close();
            }
            directory = null;
        }
    }
}
