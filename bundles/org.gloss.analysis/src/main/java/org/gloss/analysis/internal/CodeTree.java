package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.model.Code;
import org.gloss.model.CodePaths;

/**
 * The codebook in codebook order (depth first, siblings by name, as exports list it), with each
 * code's sub-codes. Codes are addressed by their position in that order.
 */
final class CodeTree {
    private final List<Code> ordered;
    private final Map<Long, Integer> indexById = new HashMap<>();
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int[] depth;
    private final int[] parent;
    private final String[] paths;

    CodeTree(List<Code> codes) {
        Map<Long, List<Code>> children = new HashMap<>();
        List<Code> roots = new ArrayList<>();
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        for (Code c : codes) {
            if (c.parentId() == null || !byId.containsKey(c.parentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        ordered = new ArrayList<>(codes.size());
        addInOrder(roots, children, ordered);
        depth = new int[ordered.size()];
        parent = new int[ordered.size()];
        paths = new String[ordered.size()];
        CodePaths codePaths = new CodePaths(codes);
        for (int i = 0; i < ordered.size(); i++) {
            Code c = ordered.get(i);
            indexById.put(c.id(), i);
            indexByName.put(c.name(), i);
        }
        for (int i = 0; i < ordered.size(); i++) {
            Code c = ordered.get(i);
            parent[i] = c.parentId() == null ? -1 : indexById.getOrDefault(c.parentId(), -1);
            depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
            paths[i] = codePaths.path(c);
        }
    }

    private static void addInOrder(List<Code> level, Map<Long, List<Code>> children, List<Code> out) {
        level.sort(Comparator.comparing(Code::name));
        for (Code c : level) {
            out.add(c);
            addInOrder(children.getOrDefault(c.id(), new ArrayList<>()), children, out);
        }
    }

    int size() {
        return ordered.size();
    }

    Code code(int index) {
        return ordered.get(index);
    }

    String name(int index) {
        return ordered.get(index).name();
    }

    String path(int index) {
        return paths[index];
    }

    int depth(int index) {
        return depth[index];
    }

    int indexOf(long codeId) {
        return indexById.getOrDefault(codeId, -1);
    }

    Optional<Integer> find(String name) {
        return Optional.ofNullable(indexByName.get(name));
    }

    List<String> names() {
        return ordered.stream().map(Code::name).toList();
    }

    /** The code alone. */
    boolean[] exactly(int index) {
        boolean[] set = new boolean[ordered.size()];
        set[index] = true;
        return set;
    }

    /** The code and every code below it. In codebook order a code's descendants follow it directly. */
    boolean[] withDescendants(int index) {
        boolean[] set = new boolean[ordered.size()];
        set[index] = true;
        for (int i = index + 1; i < ordered.size() && depth[i] > depth[index]; i++) {
            set[i] = true;
        }
        return set;
    }
}
