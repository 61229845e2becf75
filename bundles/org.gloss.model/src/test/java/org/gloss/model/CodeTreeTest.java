package org.gloss.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class CodeTreeTest {
    private static final Comparator<Code> BY_NAME = Comparator.comparing(Code::name);

    private static Code code(long id, String name, Long parent) {
        return new Code(id, name, parent, null, null);
    }

    @Test
    void preorderListsParentsBeforeChildrenWithLevels() {
        List<Code> codes = List.of(code(1, "b", null), code(2, "a", null), code(3, "z", 2L), code(4, "y", 2L), code(5, "x", 4L));
        CodeTree tree = new CodeTree(codes);
        assertThat(tree.preorder(BY_NAME)).extracting(e -> e.code().name() + e.level())
                .containsExactly("a1", "y2", "x3", "z2", "b1");
        assertThat(tree.level(5)).isEqualTo(3);
        assertThat(tree.height(2)).isEqualTo(3);
        assertThat(tree.height(1)).isEqualTo(1);
        assertThat(tree.depth()).isEqualTo(3);
    }

    @Test
    void aHundredThousandLevelsAreWalkedWithoutRecursion() {
        // a recursive walk overflowed the stack at a few thousand levels (GuidCheck, code list)
        List<Code> codes = new ArrayList<>();
        for (long id = 1; id <= 100_000; id++) {
            codes.add(code(id, "c" + id, id == 1 ? null : id - 1));
        }
        CodeTree tree = new CodeTree(codes);
        List<CodeTree.Entry> order = tree.preorder(BY_NAME);
        assertThat(order).hasSize(100_000);
        assertThat(order.get(99_999).level()).isEqualTo(100_000);
        assertThat(tree.depth()).isEqualTo(100_000);
        assertThat(tree.level(100_000)).isEqualTo(100_000);
    }

    @Test
    void aParentCycleIsLeftOutAndCountsAsTooDeep() {
        // only a damaged or hand-edited project has one
        List<Code> codes = List.of(code(1, "top", null), code(2, "p", 3L), code(3, "q", 2L));
        CodeTree tree = new CodeTree(codes);
        assertThat(tree.preorder(BY_NAME)).extracting(e -> e.code().name()).containsExactly("top");
        assertThat(tree.level(2)).isEqualTo(Integer.MAX_VALUE);
        assertThat(tree.height(2)).isEqualTo(2);
    }

    @Test
    void aMissingParentMakesATopLevelCode() {
        CodeTree tree = new CodeTree(List.of(code(7, "orphan", 99L)));
        assertThat(tree.preorder(BY_NAME)).extracting(CodeTree.Entry::level).containsExactly(1);
        assertThat(tree.level(7)).isEqualTo(1);
    }
}
