package skpro.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only {@code shared/} folder (reference values, data sets) that sits beside the
 * repository: system property {@code skpro.shared.dir}, else environment variable
 * {@code SKPRO_SHARED_DIR}, else {@code ../shared} and {@code ../../shared}. Tests that need it
 * are skipped with a message when it is absent. Shared by the test suites of every module (a
 * test-scope dependency, never shipped).
 */
public final class SharedData {

    private SharedData() {
    }

    /** @return the shared folder, or null when none is found */
    public static Path findRoot() {
        String[] candidates = {
            System.getProperty("skpro.shared.dir"),
            System.getenv("SKPRO_SHARED_DIR"),
            "../shared",
            "../../shared",
        };
        for (String c : candidates) {
            if (c != null && !c.isBlank() && Files.isDirectory(Paths.get(c, "reference"))) {
                return Paths.get(c).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /**
     * @param relative a path inside shared/, e.g. {@code reference/distributions.json}
     * @return the file; the calling test is skipped (not failed) when shared/ is absent
     */
    public static Path require(String relative) {
        Path root = findRoot();
        Assumptions.assumeTrue(root != null,
            "shared/ folder not found (set -Dskpro.shared.dir); skipping " + relative);
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), "missing " + file + "; skipping");
        return file;
    }
}
