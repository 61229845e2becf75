package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.model.Coding;
import org.osgi.annotation.versioning.ProviderType;

/** The codings: which coder applied which code to which span. */
@ProviderType
public interface Codings {
    /** Adds one coding; refuses spans outside the document. */
    Coding add(NewCoding coding);

    /** Adds all codings in one transaction (all or none); returns how many were added. */
    int addAll(List<NewCoding> codings);

    Optional<Coding> byId(long codingId);

    /** Codings matching the filter, ordered by document, start, end, id. */
    List<Coding> list(CodingFilter filter);

    long count();

    /** Changes a coding's code, extent or memo (null leaves a field as it is). */
    Coding update(long codingId, Long codeId, Integer start, Integer end, String memo);

    void remove(long codingId);
}
