package tafel.presentation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.Candidate;
import tafel.antwerp.Money;
import tafel.app.CompareRules;
import tafel.budgeting.VoterGroups;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/**
 * {@code projects compare} for programs: CSV {@code id,title,cost,votes,RULE…} (yes/no per rule),
 * JSON with each rule's outcome and the projects.
 */
public final class CompareViews {

    private CompareViews() {
    }

    /** @param excel Dutch Excel's dialect ({@code ;}, BOM, formulas defused) instead of plain CSV */
    public static void csv(PrintWriter out, CompareRules.Compared compared, boolean excel) {
        List<String> headers = new ArrayList<>(List.of("id", "title", "cost", "votes"));
        compared.outcomes().forEach(outcome -> headers.add(outcome.name()));
        try (CsvOutput csv = CsvOutput.of(excel, out, headers.toArray(String[]::new))) {
            for (Candidate candidate : compared.input().candidates()) {
                List<Object> cells = new ArrayList<>(List.of(candidate.id(), candidate.title(), Money.plain(candidate.cost()),
                        candidate.votes()));
                compared.outcomes().forEach(outcome -> cells.add(outcome.funded().contains(candidate.id()) ? "yes" : "no"));
                csv.row(cells.toArray());
            }
        }
        out.flush();
    }

    private static void shares(ArrayNode array, String field, List<CompareRules.CategoryShare> list,
                               CompareRules.Compared compared) {
        for (CompareRules.CategoryShare share : list) {
            ObjectNode node = array.addObject().put(field, share.category()).put("share_of_votes", rounded(share.votes()));
            ObjectNode spent = node.putObject("share_of_money");
            for (int i = 0; i < compared.outcomes().size(); i++) {
                spent.put(compared.outcomes().get(i).name(), rounded(share.spent().get(i)));
            }
        }
    }

    private static BigDecimal rounded(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
    }

    public static void printJson(PrintWriter out, CompareRules.Compared compared) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object();
        ArrayNode rules = root.putArray("rules");
        for (CompareRules.Outcome outcome : compared.outcomes()) {
            ObjectNode node = rules.addObject().put("rule", outcome.name())
                    .put("cost", new BigDecimal(Money.plain(outcome.cost()))).put("projects", outcome.funded().size());
            outcome.satisfied().ifPresent(share -> node.put("voters_with_a_funded_project",
                    BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP)));
            ArrayNode funded = node.putArray("funded");
            compared.input().candidates().stream().filter(candidate -> outcome.funded().contains(candidate.id()))
                    .forEach(candidate -> funded.add(candidate.id()));
        }
        shares(root.putArray("categories"), "category", compared.categories(), compared);
        shares(root.putArray("neighbourhoods"), "neighbourhood", compared.neighborhoods(), compared);
        ArrayNode groups = root.putArray("voter_groups");
        for (VoterGroups.Share share : compared.groups()) {
            ObjectNode node = groups.addObject().put("trait", share.group().trait()).put("group", share.group().value())
                    .put("voters", share.voters()).put("share_of_voters", rounded(share.shareOfVoters()));
            ObjectNode money = node.putObject("share_of_money");
            ObjectNode satisfied = node.putObject("voters_with_a_funded_project");
            for (int i = 0; i < compared.outcomes().size(); i++) {
                money.put(compared.outcomes().get(i).name(), rounded(share.shareOfMoney().get(i)));
                satisfied.put(compared.outcomes().get(i).name(), rounded(share.satisfied().get(i)));
            }
        }
        ArrayNode projects = root.putArray("projects");
        for (Candidate candidate : compared.input().candidates()) {
            ObjectNode node = projects.addObject().put("id", candidate.id()).put("title", candidate.title())
                    .put("cost", new BigDecimal(Money.plain(candidate.cost()))).put("votes", candidate.votes());
            compared.outcomes().forEach(outcome -> node.put(outcome.name(), outcome.funded().contains(candidate.id())));
        }
        json.print(out, root);
    }
}
