package tafel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.i18n.RulesInWords;
import tafel.io.antwerp.ProcessFolder;

/** {@code tafel antwerp rules DIR}: the process's spelregels in plain words, as they will be applied. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpRulesCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Override
    public Integer call() {
        Console console = parent.console();
        AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), new ProcessFolder(dir));
        console.out().println(console.style().bold(console.text("antwerp.rules.title", process.contents().title())));
        List<String> lines = RulesInWords.lines(process.rules(), console.messages());
        for (int i = 0; i < lines.size(); i++) {
            console.out().println(String.format("%2d. %s", i + 1, lines.get(i)));
        }
        console.out().flush();
        return ExitCode.OK;
    }
}
