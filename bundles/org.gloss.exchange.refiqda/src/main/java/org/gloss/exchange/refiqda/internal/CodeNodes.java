package org.gloss.exchange.refiqda.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;

import org.gloss.exchange.refiqda.internal.QdaXml.Node;

/** Walks nested {@code <Code>} elements without recursion, each parent before its children. */
final class CodeNodes {
    private CodeNodes() {
    }

    /**
     * Calls {@code visit(code, parentGuid)} for every {@code <Code>} under {@code codesElement}, in
     * document order; what it returns is the GUID its sub-codes get as their parent's.
     */
    static void preorder(Node codesElement, BiFunction<Node, String, String> visit) {
        record Pending(Node code, String parentGuid) {
        }
        Deque<Pending> stack = new ArrayDeque<>();
        pushChildren(stack, codesElement, null, Pending::new);
        while (!stack.isEmpty()) {
            Pending next = stack.pop();
            String guid = visit.apply(next.code(), next.parentGuid());
            pushChildren(stack, next.code(), guid, Pending::new);
        }
    }

    private static <P> void pushChildren(Deque<P> stack, Node parent, String guid, BiFunction<Node, String, P> make) {
        List<Node> codes = parent.all("Code");
        for (int i = codes.size() - 1; i >= 0; i--) {
            stack.push(make.apply(codes.get(i), guid));
        }
    }
}
