package org.gloss.launcher;

/** Whether a window can be shown: an X display, or the headless Monocle platform chosen explicitly. */
final class Display {
    private Display() {
    }

    static boolean present() {
        String display = System.getenv("DISPLAY");
        String waylandDisplay = System.getenv("WAYLAND_DISPLAY");
        return display != null && !display.isBlank() || waylandDisplay != null && !waylandDisplay.isBlank()
                || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    }
}
