package org.gloss.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchModeTest {
    @Test
    void noArgumentsOpenTheWorkbenchOnlyWithADisplay() {
        assertThat(LaunchMode.of(new String[0], true)).isEqualTo(LaunchMode.WORKBENCH);
        assertThat(LaunchMode.of(new String[0], false)).isEqualTo(LaunchMode.CLI);
    }

    @Test
    void guiAlwaysMeansTheWorkbench() {
        assertThat(LaunchMode.of(new String[] {"gui", "p.gloss"}, true)).isEqualTo(LaunchMode.WORKBENCH);
        assertThat(LaunchMode.of(new String[] {"gui"}, false)).isEqualTo(LaunchMode.WORKBENCH);
    }

    @Test
    void theDemoOpensInTheWorkbenchWhenADisplayIsPresentAndIsTheCliDemoOtherwise() {
        assertThat(LaunchMode.of(new String[] {"demo"}, true)).isEqualTo(LaunchMode.DEMO_IN_WORKBENCH);
        assertThat(LaunchMode.of(new String[] {"demo", "p.gloss"}, true)).isEqualTo(LaunchMode.DEMO_IN_WORKBENCH);
        assertThat(LaunchMode.of(new String[] {"demo"}, false)).isEqualTo(LaunchMode.CLI);
        assertThat(LaunchMode.of(new String[] {"demo", "--help"}, true)).isEqualTo(LaunchMode.CLI);
    }

    @Test
    void everythingElseIsTheCommandLine() {
        assertThat(LaunchMode.of(new String[] {"code", "list", "p.gloss"}, true)).isEqualTo(LaunchMode.CLI);
    }
}
