package org.gloss.search.lucene.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;

class IndexProblemTest {
    @Test
    void aCorruptFileIsNamedWithoutLucenesDetails() {
        CorruptIndexException e = new CorruptIndexException("checksum failed (hardware problem?) : expected=1 actual=2",
                "BufferedChecksumIndexInput(MMapIndexInput(path=\"/home/a/p.gloss-index/_0.cfs\"))");
        assertThat(IndexProblem.describe(e)).isEqualTo("file _0.cfs is corrupt");
    }

    @Test
    void missingTruncatedAndWrappedProblems() {
        assertThat(IndexProblem.describe(new NoSuchFileException("/home/a/p.gloss-index/segments_3")))
                .isEqualTo("file segments_3 is missing");
        assertThat(IndexProblem.describe(new EOFException("read past EOF: MMapIndexInput(path=\"/x/_1.si\")")))
                .isEqualTo("a file is cut short");
        assertThat(IndexProblem.describe(new IOException("wrapped", new NoSuchFileException("/x/_2.cfe"))))
                .isEqualTo("file _2.cfe is missing");
        assertThat(IndexProblem.describe(new IllegalStateException("odd\nsecond line"))).isEqualTo("unreadable: odd");
    }
}
