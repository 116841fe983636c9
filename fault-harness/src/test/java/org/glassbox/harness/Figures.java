package org.glassbox.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/** Each scenario's figures, printed and appended to target/harness/figures.md for docs/reliability.md. */
final class Figures {
    private Figures() {
    }

    static void report(String scenario, String line) throws IOException {
        String text = "- **" + scenario + "**: " + line;
        System.out.println("FIGURES " + text);
        Files.createDirectories(GlassboxNode.WORK);
        Files.writeString(GlassboxNode.WORK.resolve("figures.md"), text + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
