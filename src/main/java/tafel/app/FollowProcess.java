package tafel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tafel.io.antwerp.ProcessFolder;
import tafel.io.files.FolderLock;

/**
 * Use case: follow a process folder another command is writing, for the projector. Each call
 * looks at the folder's files (names, sizes, times: no reading) and reads the process again
 * only when one changed; a folder caught mid-write is simply read at the next look.
 */
public final class FollowProcess {

    private final ProcessFolder folder;
    private List<String> seen = List.of();

    public FollowProcess(ProcessFolder folder) {
        this.folder = folder;
    }

    /** The process read again when its folder changed since the last call, else empty. */
    public Optional<AntwerpProcess> changed() {
        List<String> now = fingerprint();
        if (now.equals(seen)) {
            return Optional.empty();
        }
        try {
            AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), folder);
            seen = now;
            return Optional.of(process);
        } catch (TafelException notReadableNow) {
            return Optional.empty();
        }
    }

    private List<String> fingerprint() {
        try (Stream<Path> files = Files.list(folder.dir())) {
            return files.filter(file -> !file.getFileName().toString().equals(FolderLock.FILE)).sorted().map(file -> {
                try {
                    return file.getFileName() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException gone) {
                    return file.getFileName() + ":gone";
                }
            }).toList();
        } catch (IOException unreadable) {
            return List.of("unreadable");
        }
    }
}
