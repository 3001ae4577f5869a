package tafel.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.testing.SmallDisk;

class AtomicFilesTest {

    /** A disk filling up: takes a few bytes per call, then refuses as the kernel does. */
    private static final class FillingDisk implements WritableByteChannel {
        private int room;
        int written;

        FillingDisk(int room) {
            this.room = room;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (room == 0) {
                throw new IOException("No space left on device");
            }
            int taken = Math.min(Math.min(room, 7), source.remaining());
            source.position(source.position() + taken);
            room -= taken;
            written += taken;
            return taken;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shortWritesAreContinuedUntilEveryByteIsWritten() throws IOException {
        FillingDisk disk = new FillingDisk(1000);
        AtomicFiles.writeFully(disk, ByteBuffer.wrap(new byte[100]));
        assertThat(disk.written).isEqualTo(100);
    }

    @Test
    void aDiskThatFillsUpIsAnErrorNotHalfAFile() {
        FillingDisk disk = new FillingDisk(30);
        assertThatThrownBy(() -> AtomicFiles.writeFully(disk, ByteBuffer.wrap(new byte[100])))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theReplacedFileKeepsItsPermissionsAndNoTemporaryFileIsLeft(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("a.csv");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, "new".getBytes());
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
    }

    /** On a real full disk (a 64 KiB tmpfs, where this machine lets the test mount one). */
    @Test
    void onAFullDiskTheOldFileStaysAndNothingIsLeftBehind(@TempDir Path folder) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder, 64)) {
            Path file = disk.folder().resolve("export.csv");
            AtomicFiles.write(file, "old content".getBytes());
            assertThatThrownBy(() -> AtomicFiles.write(file, new byte[100 * 1024])).isInstanceOf(IOException.class);
            assertThat(Files.readString(file)).isEqualTo("old content");
            try (var listing = Files.list(disk.folder())) {
                assertThat(listing).containsExactly(file);
            }
        }
    }
}
