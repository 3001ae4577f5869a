package tafel.app;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tafel.antwerp.Money;
import tafel.antwerp.Project;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.antwerp.ProjectRows;
import tafel.io.csv.CsvInput;
import tafel.io.csv.CsvOutput;
import tafel.text.Phrase;

/** Use case: an organiser's projects file taken into an Antwerp process folder. */
public final class TakeInProjects {

    private TakeInProjects() {
    }

    /**
     * Checks the projects file against the folder's themes (not with chips directly on plans) and keeps a normalised copy (theme ids
     * from the catalogue, UTF-8, commas); a rejected row is told and nothing is written (exit 65).
     */
    public static AntwerpProcess copy(Notices notices, ProcessFolder folder, Path projectsFile) {
        ProcessFolder.Contents contents = AntwerpProcess.unchecked(folder);
        ThemeCatalogue catalogue = contents.catalogue();
        // with chips directly on plans there are no themes: a plan's theme is kept as written, for the reader
        boolean direct = contents.rules().filter(rules -> rules.projectRule() == ProjectRule.CHIPS_ON_PLANS).isPresent();
        CsvInput table = InputFiles.csv(projectsFile);
        List<CsvProblem> problems = new ArrayList<>();
        ProjectRows.Read read = ProjectRows.read(table, false, problems);
        int rejected = read.rejected();
        StringWriter copy = new StringWriter();
        try (CsvOutput csv = CsvOutput.machine(copy, "id", "title", "theme", "cost", "submitter", "feasible", "conditions")) {
            for (ProjectRows.Row row : read.rows()) {
                Optional<Theme> theme = direct ? Optional.of(new Theme(row.project().theme(), row.project().theme(), ""))
                        : catalogue.find(row.project().theme());
                if (theme.isEmpty()) {
                    rejected++;
                    problems.add(new CsvProblem(projectsFile.toString(), row.line(), catalogue
                            .suggest(row.project().theme())
                            .map(close -> Phrase.of("entry.theme.unknown.closest", row.project().theme(), close))
                            .orElse(Phrase.of("entry.theme.unknown", row.project().theme()))));
                    continue;
                }
                Project project = row.project();
                csv.row(project.id(), project.title(), theme.get().id(), Money.plain(project.cost()), project.submitter(),
                        project.feasible() ? "yes" : "no", project.conditions());
            }
        }
        notices.requireUsable(problems, table.rows().size(), rejected);
        AntwerpProcess replaced = AntwerpProcess.replace(notices, folder, ProcessFolder.PROJECTS, projectsFile.toString(),
                copy.toString().getBytes(StandardCharsets.UTF_8));
        notices.say("antwerp.projects.copied", read.rows().size(), projectsFile.toString());
        return replaced;
    }
}
