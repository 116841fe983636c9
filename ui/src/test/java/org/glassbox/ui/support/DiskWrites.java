package org.glassbox.ui.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the test JVM writes to disk, to show that an upload's bytes are written once. */
public final class DiskWrites {
    private DiskWrites() {
    }

    /** Linux's count of the bytes this process caused to be written to storage, page cache included. */
    public static long byThisProcess() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/io")).stream().filter(l -> l.startsWith("write_bytes:"))
                .mapToLong(l -> Long.parseLong(l.substring("write_bytes:".length()).strip())).findFirst()
                .orElseThrow();
    }
}
