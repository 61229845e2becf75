package org.gloss.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code hierarchy as a tree, walked without recursion: a codebook read from a hostile or
 * hand-edited file may be thousands of levels deep (or, damaged, contain a cycle), and a
 * recursive walk would overflow the stack. Codes whose parent is missing count as top-level;
 * codes on a parent cycle are left out of {@link #preorder}.
 */
public final class CodeTree {
    /**
     * The deepest a codebook may be: a top-level code is at level 1, its sub-codes at level 2,
     * and so on. Deep enough for any codebook a researcher builds (NVivo and MAXQDA trees rarely
     * pass 10), shallow enough that every reader of the tree (JSON, XML, the workbench) copes.
     */
    public static final int MAX_DEPTH = 64;

    /** A code and its level (1 for top-level codes). */
    public record Entry(Code code, int level) {
    }

    private final Map<Long, Code> byId = new HashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();
    private final List<Code> roots = new ArrayList<>();

    public CodeTree(List<Code> codes) {
        codes.forEach(c -> byId.put(c.id(), c));
        for (Code code : codes) {
            if (code.parentId() == null || !byId.containsKey(code.parentId())) {
                roots.add(code);
            } else {
                children.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
            }
        }
    }

    /** The codes directly under a code (under none: the top-level codes), in the given order. */
    public List<Code> children(Long parentId, Comparator<Code> order) {
        List<Code> list = new ArrayList<>(parentId == null ? roots : children.getOrDefault(parentId, List.of()));
        list.sort(order);
        return list;
    }

    /** Every code reachable from the top, each parent before its children, siblings in the given order. */
    public List<Entry> preorder(Comparator<Code> order) {
        List<Entry> result = new ArrayList<>();
        Deque<Entry> stack = new ArrayDeque<>();
        List<Code> top = children(null, order);
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(new Entry(top.get(i), 1));
        }
        while (!stack.isEmpty()) {
            Entry entry = stack.pop();
            result.add(entry);
            List<Code> below = children(entry.code().id(), order);
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(new Entry(below.get(i), entry.level() + 1));
            }
        }
        return result;
    }

    /** The level of a code (1 for a top-level code), counting up its parents; a cycle counts as too deep. */
    public int level(long codeId) {
        int level = 0;
        Set<Long> seen = new HashSet<>();
        Code current = byId.get(codeId);
        while (current != null && seen.add(current.id())) {
            level++;
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return current == null ? level : Integer.MAX_VALUE;
    }

    /** How many levels the code and its descendants span: 1 for a code without sub-codes. */
    public int height(long codeId) {
        int height = 0;
        Deque<Entry> stack = new ArrayDeque<>();
        stack.push(new Entry(byId.get(codeId), 1));
        Set<Long> seen = new HashSet<>();
        while (!stack.isEmpty()) {
            Entry entry = stack.pop();
            if (entry.code() == null || !seen.add(entry.code().id())) {
                continue;
            }
            height = Math.max(height, entry.level());
            for (Code child : children.getOrDefault(entry.code().id(), List.of())) {
                stack.push(new Entry(child, entry.level() + 1));
            }
        }
        return height;
    }

    /** The deepest level of the tree (0 when there are no codes). */
    public int depth() {
        int depth = 0;
        for (Code root : roots) {
            depth = Math.max(depth, height(root.id()));
        }
        return depth;
    }
}
