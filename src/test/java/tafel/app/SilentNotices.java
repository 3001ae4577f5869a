package tafel.app;

import java.util.List;

import tafel.draaiboek.Finding;
import tafel.io.antwerp.CsvProblem;
import tafel.text.Phrase;

/** Notices for tests that call a use case directly and look only at its answer. */
public final class SilentNotices implements Notices {

    @Override
    public void findings(String file, List<Finding> findings) {
    }

    @Override
    public void rows(List<CsvProblem> problems) {
    }

    @Override
    public void problem(Phrase reason) {
    }

    @Override
    public void say(String key, Object... args) {
    }
}
