package tafel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tafel.io.files.IoFailure;
import tafel.io.sortition.DrawFolder;
import tafel.sortition.PanelSpec;
import tafel.sortition.PublicDraw;
import tafel.sortition.Respondent;

/**
 * Use cases around a draw kept in a folder ({@code tafel lot … --save DIR}): keep it, and when a
 * panel member drops out, call the first reserve in order who can take the seat with every quota
 * still met ({@code tafel lot replace DIR --out ID}).
 */
public final class KeepDraw {

    private KeepDraw() {
    }

    /** The draw as kept, with the panel as it is after every replacement. */
    public record Kept(PanelSpec spec, DrawFolder.Draw draw, List<String> panel, List<String> reservesLeft) {
        public Kept {
            panel = List.copyOf(panel);
            reservesLeft = List.copyOf(reservesLeft);
        }
    }

    /** Refuses before any work a folder that already holds a draw: a draw is never overwritten. */
    public static void requireFree(Path dir) {
        if (Files.exists(new DrawFolder(dir).file(DrawFolder.DRAW))) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "lot.save.exists", dir.toString());
        }
        // a folder with other files (a process folder, a session) is not one to copy files into
        if (Files.exists(dir)) {
            try (var entries = Files.list(dir)) {
                if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
                    throw TafelException.of(ExitCode.CANNOT_WRITE, "lot.save.notEmpty", dir.toString());
                }
            } catch (IOException unreadable) {
                throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", dir.toString(), IoFailure.reason(unreadable))
                        .causedBy(unreadable);
            }
        }
    }

    /** @throws TafelException exit 73 when the folder already holds a draw or cannot be written */
    public static void save(Path dir, Path respondents, Path quotas, DrawPanel.Drawn drawn, OffsetDateTime at,
                            Optional<String> household, List<String> witnesses) {
        List<Respondent> pool = drawn.spec().pool();
        java.util.Map<String, Double> chances = new java.util.LinkedHashMap<>();
        for (int person = 0; person < pool.size(); person++) {
            chances.put(pool.get(person).id(), drawn.probabilities()[person]);
        }
        DrawFolder.Draw draw = new DrawFolder.Draw(drawn.spec().size(), drawn.seed().orElseThrow(),
                drawn.method().name().toLowerCase(java.util.Locale.ROOT), household, at.getYear(),
                Arrays.stream(drawn.panel().orElseThrow()).mapToObj(person -> pool.get(person).id()).toList(),
                drawn.reserves().stream().map(person -> pool.get(person).id()).toList(), List.of(), at.toString(), witnesses,
                chances, drawn.distribution().panels().size(), drawn.distribution().interchangeable().size());
        try {
            if (!new DrawFolder(dir).create(Files.readAllBytes(respondents), Files.readAllBytes(quotas), draw)) {
                throw TafelException.of(ExitCode.CANNOT_WRITE, "lot.save.exists", dir.toString());
            }
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", dir.toString(), IoFailure.reason(failed)).causedBy(failed);
        }
    }

    public static Kept open(Notices notices, Path dir) {
        DrawFolder folder = new DrawFolder(dir);
        DrawFolder.Draw draw;
        try {
            draw = folder.read();
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "lot.folder.missing", dir.toString());
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.BAD_DATA, "lot.folder.unreadable", folder.file(DrawFolder.DRAW).toString(),
                    String.valueOf(unreadable.getMessage()));
        }
        PanelSpec spec = DrawPanel.read(notices, folder.file(DrawFolder.RESPONDENTS), folder.file(DrawFolder.QUOTAS), draw.size(),
                draw.household(), draw.year());
        // every id the draw names must be a respondent of the copy beside it, else the folder was edited
        Set<String> known = new java.util.HashSet<>(spec.pool().stream().map(Respondent::id).toList());
        List<String> named = new ArrayList<>(draw.panel());
        named.addAll(draw.reserves());
        draw.replacements().forEach(replacement -> named.addAll(List.of(replacement.out(), replacement.in())));
        named.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw TafelException.of(ExitCode.BAD_DATA, "lot.folder.unreadable", folder.file(DrawFolder.DRAW).toString(),
                    "\"" + id + "\" ∉ " + DrawFolder.RESPONDENTS);
        });
        List<String> panel = new ArrayList<>(draw.panel());
        Set<String> called = new LinkedHashSet<>();
        for (DrawFolder.Replacement replacement : draw.replacements()) {
            int seat = panel.indexOf(replacement.out());
            if (seat < 0) {
                throw TafelException.of(ExitCode.BAD_DATA, "lot.folder.unreadable", folder.file(DrawFolder.DRAW).toString(),
                        "\"" + replacement.out() + "\" ∉ panel");
            }
            panel.set(seat, replacement.in());
            called.add(replacement.in());
        }
        List<String> left = draw.reserves().stream().filter(id -> !called.contains(id)).toList();
        return new Kept(spec, draw, panel, left);
    }

    /** The reserve who takes {@code out}'s seat, journaled in the folder before it is told. */
    public static String replace(Notices notices, Path dir, String out, OffsetDateTime at) {
        Kept kept = open(notices, dir);
        if (!kept.panel().contains(out)) {
            throw TafelException.of(ExitCode.BAD_DATA, "lot.replace.notOnPanel", out, String.join(", ", kept.panel()));
        }
        List<String> ids = kept.spec().pool().stream().map(Respondent::id).toList();
        int[] panel = kept.panel().stream().mapToInt(ids::indexOf).sorted().toArray();
        int leaving = ids.indexOf(out);
        for (String reserve : kept.reservesLeft()) {
            if (PublicDraw.replaceable(kept.spec(), panel, ids.indexOf(reserve)).contains(leaving)) {
                try {
                    new DrawFolder(dir).write(kept.draw().with(new DrawFolder.Replacement(out, reserve, at.toString())));
                } catch (IOException failed) {
                    throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", dir.toString(), IoFailure.reason(failed))
                            .causedBy(failed);
                }
                return reserve;
            }
        }
        throw TafelException.of(ExitCode.BAD_DATA, "lot.replace.none", out,
                kept.reservesLeft().isEmpty() ? "-" : String.join(", ", kept.reservesLeft()))
                .withHint("lot.replace.none.hint");
    }
}
