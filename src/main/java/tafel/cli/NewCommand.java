package tafel.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.templates.TemplateCatalog;
import tafel.text.ClosestMatch;

/** {@code tafel new TEMPLATE}: a copy of a built-in draaiboek to edit. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false)
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "TEMPLATE", descriptionKey = "new.template")
    String template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "new.output")
    String output;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() {
        Console console = root.console();
        String name = TemplateCatalog.name(template).orElseThrow(() -> unknownTemplate(template));
        String text = TemplateCatalog.text(name);
        if ("-".equals(output)) {
            console.out().print(text);
            console.out().flush();
            return ExitCode.OK;
        }
        Path target = Path.of(output != null ? output : name + ".yaml");
        if (Files.exists(target) && !force) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "new.exists", target.toString())
                    .withHint("new.exists.hint");
        }
        OutputTarget.store(target, text.getBytes(StandardCharsets.UTF_8));
        console.say("new.written", target.toString(), name);
        console.say("new.next", target.toString());
        return ExitCode.OK;
    }

    private static TafelException unknownTemplate(String written) {
        TafelException problem = TafelException.of(ExitCode.USAGE, "new.unknown", written);
        Optional<String> closest = ClosestMatch.among(written, TemplateCatalog.NAMES);
        return closest.isPresent()
                ? problem.withHint("hint.didYouMean", closest.get())
                : problem.withHint("new.unknown.hint", String.join(", ", TemplateCatalog.NAMES));
    }
}
