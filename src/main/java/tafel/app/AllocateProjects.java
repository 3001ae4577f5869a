package tafel.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tafel.antwerp.Allocation;
import tafel.antwerp.Candidate;
import tafel.antwerp.Leftover;
import tafel.antwerp.WithinTheme;
import tafel.budgeting.ApprovalProfile;
import tafel.budgeting.EqualShares;
import tafel.budgeting.Outcome;
import tafel.budgeting.PbRule;

/**
 * Use case: fund the projects read by {@link ProjectsToAllocate} by the published rules, and
 * compare with the official outcome when the file carried one.
 */
public final class AllocateProjects {

    /** A project the official outcome and this allocation disagree on. */
    public record Difference(String id, String title, boolean fundedHere) {
    }

    /** How the rule applied was chosen: given with --rule, declared by the file, or tafel's default. */
    public enum RuleSource { OPTION, FILE, DEFAULT }

    /**
     * @param differences empty when there was no official outcome or it agrees
     * @param rule        the rule applied
     * @param notApplied  the rule the file declares when tafel cannot apply it (greedy was applied instead)
     * @param fromReserve the project funded on top from reserve funds (greedy-custom), if any
     */
    public record Allocated(ProjectsToAllocate.Input input, Allocation.Result result, List<Difference> differences,
                            PbRule rule, RuleSource source, Optional<String> notApplied, Optional<Allocation.Row> fromReserve) {

        public boolean hasOfficialOutcome() {
            return !input.official().isEmpty();
        }
    }

    private AllocateProjects() {
    }

    /**
     * Tells every row problem; stops (exit 65) when a row could not be used. The rule is the one
     * given, else the one the file declares, else greedy; a declared rule tafel cannot apply is
     * named in the answer, and greedy applied instead.
     *
     * @param rule   a rule given by name (pabulib's names), or empty
     * @param within how a theme's walk treats a project that does not fit, when given; else as the rule says
     * @throws TafelException exit 2 for an unknown rule name, exit 65 when Equal Shares lacks approval ballots
     */
    public static Allocated allocate(Notices notices, ProjectsToAllocate.Read read, Optional<String> rule,
                                     Optional<WithinTheme> within, Leftover leftover) {
        return allocate(notices, read, rule, within, leftover, List.of());
    }

    /**
     * @param exclusive groups of projects of which at most one can be funded (greedy-exclusive:
     *                  pabulib says so only in a comment, so people give them)
     * @throws TafelException exit 2 for an unknown rule name or project in a group, exit 65 when
     *                        Equal Shares lacks approval ballots
     */
    public static Allocated allocate(Notices notices, ProjectsToAllocate.Read read, Optional<String> rule,
                                     Optional<WithinTheme> within, Leftover leftover, List<List<String>> exclusive) {
        return allocate(notices, read, rule, within, leftover, exclusive, EqualShares.Utility.COST);
    }

    /**
     * @param utility what a funded project is worth to a voter who approves it, for Equal Shares:
     *                its cost (pabulib's and Assen's) or one per project
     */
    public static Allocated allocate(Notices notices, ProjectsToAllocate.Read read, Optional<String> rule,
                                     Optional<WithinTheme> within, Leftover leftover, List<List<String>> exclusive,
                                     EqualShares.Utility utility) {
        notices.requireUsable(read.problems(), read.rowsRead(), read.rejected());
        ProjectsToAllocate.Input input = read.input();
        PbRule applied = PbRule.GREEDY;
        RuleSource source = RuleSource.DEFAULT;
        Optional<String> notApplied = Optional.empty();
        if (rule.isPresent()) {
            applied = PbRule.named(rule.get()).orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.rule.unknown",
                    rule.get(), String.join(", ", Arrays.stream(PbRule.values()).map(PbRule::pabulibName).toList())));
            source = RuleSource.OPTION;
        } else if (!input.rule().isEmpty()) {
            // greedy-custom is a family of rules told in words: only the one tafel recognises is applied
            Optional<PbRule> declared = PbRule.named(input.rule())
                    .filter(named -> named != PbRule.GREEDY_CUSTOM || input.reservePercent().isPresent());
            applied = declared.orElse(PbRule.GREEDY);
            source = declared.isPresent() ? RuleSource.FILE : RuleSource.DEFAULT;
            notApplied = declared.isPresent() ? Optional.empty() : Optional.of(input.rule());
        }
        if (applied == PbRule.GREEDY_CUSTOM && input.reservePercent().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "allocate.rule.custom.unknown");
        }
        Allocation.Result result;
        Optional<Allocation.Row> fromReserve = Optional.empty();
        if (applied.equalShares()) {
            result = equalShares(input, applied, utility);
        } else {
            WithinTheme walk = within.orElse(applied == PbRule.GREEDY_NO_SKIP || applied == PbRule.GREEDY_CUSTOM
                    ? WithinTheme.STOP : WithinTheme.SKIP);
            // greedy-threshold: a project below the file's least score does not take part
            Optional<BigDecimal> threshold = applied == PbRule.GREEDY_THRESHOLD ? input.threshold() : Optional.empty();
            List<Candidate> taking = input.candidates().stream()
                    .filter(candidate -> threshold.map(least -> candidate.score().compareTo(least) >= 0).orElse(true)).toList();
            List<Candidate> below = input.candidates().stream().filter(candidate -> !taking.contains(candidate)).toList();
            result = Allocation.withOut(Allocation.allocate(taking, input.budgets(), walk, leftover,
                    exclusions(input, exclusive)), below);
            if (applied == PbRule.GREEDY_CUSTOM) {
                Allocation.Reserved reserved = Allocation.fromReserve(result, input.reservePercent().get());
                result = reserved.result();
                fromReserve = reserved.row();
            }
        }
        return new Allocated(input, result, differences(result, input.official()), applied, source, notApplied,
                fromReserve);
    }

    /**
     * Groups of mutually exclusive projects from a file people write: a line per group, ids
     * separated by commas or semicolons; empty lines and lines starting with # are skipped.
     */
    public static List<List<String>> exclusionGroups(Path file) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : InputFiles.text(file).split("\\R")) {
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                groups.add(Arrays.stream(text.split("[,;]")).map(String::strip).filter(id -> !id.isEmpty()).toList());
            }
        }
        return groups;
    }

    /** Per project, the others of its groups; every id must be a project of the input. */
    private static Map<String, Set<String>> exclusions(ProjectsToAllocate.Input input, List<List<String>> groups) {
        Set<String> known = new HashSet<>();
        input.candidates().forEach(candidate -> known.add(candidate.id()));
        Map<String, Set<String>> exclusive = new HashMap<>();
        for (List<String> group : groups) {
            for (String id : group) {
                if (!known.contains(id)) {
                    throw TafelException.of(ExitCode.USAGE, "allocate.exclude.unknown", id);
                }
                for (String other : group) {
                    if (!other.equals(id)) {
                        exclusive.computeIfAbsent(id, key -> new HashSet<>()).add(other);
                    }
                }
            }
        }
        return exclusive;
    }

    /** Equal Shares over the approval ballots, with cost utilities, in whole currency units (Add1 steps of one unit). */
    private static Allocation.Result equalShares(ProjectsToAllocate.Input input, PbRule rule, EqualShares.Utility utility) {
        if (input.ballots().isEmpty() || input.budgets().size() != 1) {
            throw TafelException.of(ExitCode.BAD_DATA, "allocate.rule.needsApproval", rule.pabulibName());
        }
        long budget = input.budgets().values().iterator().next();
        List<ApprovalProfile.Proposal> proposals = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Candidate candidate : input.candidates()) {
            index.put(candidate.id(), proposals.size());
            proposals.add(new ApprovalProfile.Proposal(candidate.id(), candidate.cost()));
        }
        List<Set<Integer>> ballots = new ArrayList<>();
        for (List<String> ballot : input.ballots()) {
            Set<Integer> approved = new HashSet<>();
            ballot.stream().filter(index::containsKey).forEach(id -> approved.add(index.get(id)));
            ballots.add(approved);
        }
        ApprovalProfile profile = new ApprovalProfile(budget, proposals, ballots);
        Outcome outcome = switch (rule) {
            case EQUAL_SHARES_ADD1 -> EqualShares.add1(profile, utility, CENTS_PER_UNIT);
            case EQUAL_SHARES_ADD1_COMPARISON -> EqualShares.add1Comparison(profile, utility, CENTS_PER_UNIT);
            default -> EqualShares.run(profile, utility,
                    profile.voters() == 0 ? 0 : budget / CENTS_PER_UNIT / profile.voters() * CENTS_PER_UNIT);
        };
        return Allocation.ofOutcome(input.candidates(), outcome.funded(), budget);
    }

    /** Amounts are cents; Equal Shares endowments and Add1 steps are whole units of the currency. */
    private static final long CENTS_PER_UNIT = 100;

    private static List<Difference> differences(Allocation.Result result, Map<String, Boolean> official) {
        List<Difference> differences = new ArrayList<>();
        for (Allocation.Row row : result.rows()) {
            Boolean selected = official.get(row.candidate().id());
            if (selected != null && selected != row.funded()) {
                differences.add(new Difference(row.candidate().id(), row.candidate().title(), row.funded()));
            }
        }
        return differences;
    }
}
