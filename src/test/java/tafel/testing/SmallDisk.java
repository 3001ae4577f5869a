package tafel.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** A real, tiny file system (tmpfs) for tests of what happens when the disk is full; skipped where it cannot be mounted. */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static SmallDisk mount(Path under, int kibibytes) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(under.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kibibytes + "k", "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root)");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", folder.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }
}
