package org.gloss.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.gloss.model.Code;
import org.gloss.model.CodeTree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;

/**
 * The code tree as nested JSON ({@code name, id, color, description, codings, children}), written
 * by a streaming generator from the tree's pre-order, without recursion. A project made before
 * the depth limit may hold a codebook hundreds of levels deep; mapping nested Maps through
 * Jackson's databind would stop at its nesting limit (1,000) or overflow the stack.
 */
final class CodeTreeJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private CodeTreeJson() {
    }

    static void write(PrintWriter out, List<CodeTree.Entry> preorder, Map<Long, Integer> counts) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            int level = 1; // the level of the codes the innermost open array holds
            for (CodeTree.Entry entry : preorder) {
                // back up to the children array this code belongs in: close each deeper code's
                // children array and then the code itself
                for (; level > entry.level(); level--) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                Code code = entry.code();
                json.writeStartObject();
                json.writeStringField("name", code.name());
                json.writeNumberField("id", code.id());
                json.writeStringField("color", code.color());
                json.writeStringField("description", code.description());
                json.writeNumberField("codings", counts.getOrDefault(code.id(), 0));
                json.writeArrayFieldStart("children");
                level = entry.level() + 1;
            }
            for (; level > 1; level--) {
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
