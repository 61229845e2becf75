package org.gloss.exchange.refiqda.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.model.AttributeValue;
import org.gloss.model.MemoTarget;

/**
 * A QDA-XML file read and checked completely, in Gloss's terms, before anything is written:
 * objects refer to each other by (normalized) GUID.
 */
final class ImportedProject {
    record User(String guid, String name) {
    }

    /** Codes come parents first. */
    record Code(String guid, String name, String parentGuid, String color, String description) {
    }

    record Source(String guid, String name, String text, Map<String, AttributeValue> attributes) {
    }

    /**
     * One coding; {@code key} identifies it for memos (the Coding's GUID, and the selection's
     * GUID for the first coding of a selection).
     */
    record Coding(String sourceGuid, String codeGuid, String userGuid, int start, int end, String memo, List<String> keys) {
    }

    /** A note on an object; {@code noteGuid} is the Note's own GUID. */
    record Memo(MemoTarget target, String targetGuid, String author, String text, String noteGuid) {
    }

    /** What a case holds of a source: all of it (start and end -1), or a range in stored code points. */
    record Member(String sourceGuid, int start, int end) {
        static Member whole(String sourceGuid) {
            return new Member(sourceGuid, -1, -1);
        }

        boolean isWhole() {
            return start < 0;
        }
    }

    record Case(String guid, String name, String description, Map<String, AttributeValue> attributes, List<Member> members) {
    }

    /** A set; {@code condition} is a smart set's (whose listed sources are then not kept), else null. */
    record SourceSet(String guid, String name, String description, String condition, List<String> sourceGuids,
                     List<String> codeGuids) {
    }

    final List<User> users = new ArrayList<>();
    final List<Code> codes = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Coding> codings = new ArrayList<>();
    final List<Memo> memos = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    final List<SourceSet> sets = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
}
