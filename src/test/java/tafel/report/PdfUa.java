package tafel.report;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A PDF checked against PDF/UA-1 by veraPDF: the rules it breaks, each with how often and where first. */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Every broken rule as "clause-test: description (n×, first at …)"; empty when the file passes. */
    public static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> first = new TreeMap<>();
            Map<String, Integer> count = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                        + assertion.getMessage();
                first.putIfAbsent(rule, assertion.getLocation().getContext());
                count.merge(rule, 1, Integer::sum);
            }
            return first.entrySet().stream()
                    .map(entry -> entry.getKey() + " (" + count.get(entry.getKey()) + "×, first at " + entry.getValue() + ")")
                    .toList();
        }
    }
}
