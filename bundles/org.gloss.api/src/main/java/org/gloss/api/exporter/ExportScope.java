package org.gloss.api.exporter;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;

/**
 * Which codings an export contains, by names as the user gives them; a null field does not
 * filter. Documents, codebook and coders are always exported whole where a format has them.
 */
public record ExportScope(String document, String code, String coder) {
    public static final ExportScope ALL = new ExportScope(null, null, null);

    public boolean isAll() {
        return document == null && code == null && coder == null;
    }

    /** Resolves the names; an unknown name is a {@link org.gloss.api.error.GlossException}. */
    public CodingFilter resolve(ProjectSession project) {
        return new CodingFilter(
                document == null ? null : project.documents().get(document).id(),
                code == null ? null : project.codebook().get(code).id(),
                coder == null ? null : project.coders().get(coder).id());
    }
}
