package org.gloss.ui.export.internal;

import java.util.List;

import org.gloss.api.exporter.ExportScope;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.model.Workspace;

/**
 * What the export dialog offers: the project's documents, codes and coders to narrow the export
 * to, and a first suggestion taken from what the user is looking at (the selected code, the one
 * coder the filters still show). The document filter starts on all documents: the document in
 * front is almost always selected, and an export of one document by surprise looks like lost data.
 */
record ScopeOptions(List<String> documents, List<String> codes, List<String> coders, ExportScope suggested) {
    static ScopeOptions of(Workspace workspace, Selection selection) {
        List<Document> documents = workspace.documents();
        List<Code> codes = workspace.codes();
        List<Coder> coders = workspace.coders();
        String document = null;
        String code = null;
        if (selection != null && selection.target() == MemoTarget.CODE) {
            code = codes.stream().filter(c -> c.id() == selection.id()).map(Code::name).findFirst().orElse(null);
        }
        List<Coder> shownCoders = coders.stream().filter(c -> workspace.filters().showsCoder(c.id())).toList();
        String coder = shownCoders.size() == 1 && coders.size() > 1 ? shownCoders.get(0).name() : null;
        return new ScopeOptions(
                documents.stream().map(Document::name).sorted().toList(),
                codes.stream().map(Code::name).sorted().toList(),
                coders.stream().map(Coder::name).sorted().toList(),
                new ExportScope(document, code, coder));
    }
}
