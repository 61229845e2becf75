package org.gloss.search.lucene.internal.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.gloss.search.lucene.internal.analysis.GlossAnalyzer;
import org.gloss.search.lucene.internal.analysis.Language;

/**
 * The fields of one indexed document. Offsets are indexed so that every hit knows where it is.
 * The text is kept too ({@link IndexedText}: UTF-8 with checkpoints, as uncompressed binary doc
 * values), so that hits are cut without reading the store: the index is refreshed against the
 * store's content hashes before every search, so its copy is the store's text (which stays the
 * source of truth). A compressed stored field was tried first and was slower than reading the
 * store (decompressing every document with hits), see docs/decisions/0027. Nothing is stored:
 * id, key and language are doc values too.
 */
public final class IndexSchema {
    /**
     * Bump when the fields change, so that indexes written with other fields are rebuilt.
     * 2: the text, key and language as doc values.
     */
    public static final String FORMAT = "gloss-index-2";
    /** Store id of the document, as a term (for updates and deletes). */
    public static final String ID = "id";
    /** Store id as doc values, read for every hit. */
    public static final String ID_VALUE = "id_value";
    /** What the document was indexed from: content hash and language setting (see {@link DocumentKey}). */
    public static final String KEY = "key";
    /** The language the document was analysed in. */
    public static final String LANGUAGE = "language";
    /** The document's text as {@link IndexedText} (doc values); absent if it cannot round-trip (see {@link IndexedText#encode}). */
    public static final String TEXT = "text";
    /** Every word as written, folded but not stemmed. */
    public static final String PLAIN = "plain";

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexSchema() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The stemmed field of each language. */
    public static List<String> stemmedFields() {
        return List.of(Language.values()).stream().map(Language::stemmedField).toList();
    }

    /** One analyzer per field for indexing: unstemmed for {@link #PLAIN}, the language's stemming for its field. */
    public static Analyzer analyzer() {
        return analyzer(true);
    }

    /** The same per field for queries, which are not given keyboard variants (see {@link GlossAnalyzer}). */
    public static Analyzer queryAnalyzer() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean indexing) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            perField.put(language.stemmedField(), GlossAnalyzer.stemmed(language, indexing));
        }
        return new PerFieldAnalyzerWrapper(GlossAnalyzer.unstemmed(indexing), perField);
    }

    static Document document(long id, String text, DocumentKey key, Language language) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_VALUE, id));
        doc.add(new BinaryDocValuesField(KEY, new BytesRef(key.encoded())));
        doc.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language.code())));
        byte[] indexed = IndexedText.encode(text);
        if (indexed != null) {
            doc.add(new BinaryDocValuesField(TEXT, new BytesRef(indexed)));
        }
        doc.add(new Field(PLAIN, text, TEXT_WITH_OFFSETS));
        doc.add(new Field(language.stemmedField(), text, TEXT_WITH_OFFSETS));
        return doc;
    }
}
