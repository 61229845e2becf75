package org.gloss.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hierarchical paths of codes ("Economy > Debt concern"), as exports and merges use them. */
public final class CodePaths {
    public static final String SEPARATOR = " > ";

    private final Map<Long, Code> byId;

    public CodePaths(List<Code> codes) {
        this.byId = codes.stream().collect(Collectors.toMap(Code::id, Function.identity()));
    }

    /** The names from the top-level ancestor down to the code itself. */
    public List<String> names(Code code) {
        List<String> names = new ArrayList<>();
        Code current = code;
        int guard = byId.size() + 1;
        while (current != null && guard-- > 0) {
            names.add(current.name());
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        Collections.reverse(names);
        return names;
    }

    public String path(Code code) {
        return String.join(SEPARATOR, names(code));
    }

    public String path(long codeId) {
        return path(byId.get(codeId));
    }
}
