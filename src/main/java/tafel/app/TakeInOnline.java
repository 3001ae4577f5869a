package tafel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;

/**
 * Use case: the results of the online vote taken into an Antwerp process folder, budget splits
 * for step 2 or project votes for step 3; the folder is read with the new file first and kept
 * as it was when that fails.
 */
public final class TakeInOnline {

    private TakeInOnline() {
    }

    /** Tells how many of the file's rows became splits. */
    public static AntwerpProcess budget(Notices notices, ProcessFolder folder, Path file) throws IOException {
        CsvInput rows = InputFiles.csv(file);
        AntwerpProcess process = AntwerpProcess.replace(notices, folder, ProcessFolder.ONLINE_BUDGET, file.toString(),
                Files.readAllBytes(file));
        notices.say("antwerp.budget.online", process.contents().onlineSplits().size(), rows.rows().size());
        return process;
    }

    /** A jury's points per project, kept in the folder as jury.csv; tells how many projects got points. */
    public static AntwerpProcess jury(Notices notices, ProcessFolder folder, Path file) throws IOException {
        AntwerpProcess process = AntwerpProcess.replace(notices, folder, ProcessFolder.JURY, file.toString(),
                Files.readAllBytes(file));
        notices.say("antwerp.projects.jury", process.contents().jury().size(),
                process.rules().scoring().juryWeight().movePointRight(2).stripTrailingZeros().toPlainString());
        return process;
    }

    /** Tells how many rows of votes were read. */
    public static AntwerpProcess votes(Notices notices, ProcessFolder folder, Path file) throws IOException {
        CsvInput rows = InputFiles.csv(file);
        AntwerpProcess process = AntwerpProcess.replace(notices, folder, ProcessFolder.ONLINE_VOTES, file.toString(),
                Files.readAllBytes(file));
        notices.say("antwerp.projects.online", rows.rows().size());
        return process;
    }
}
