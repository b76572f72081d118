package org.doorstep.server.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.onboarding.CsvFile;
import org.doorstep.model.onboarding.OnboardingFile;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.cases.CaseOpenings;
import org.doorstep.server.cases.CaseOutcome;
import org.doorstep.server.cases.Teams;
import org.doorstep.server.people.People;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * A team brought in from its old system (issue 9, R13-accounts): a staff file, then a cases file
 * with each case's allocation. Each row goes through the same checks as the workspace's forms
 * ({@link People#check}, {@link CaseOpenings#check}); a dry run lists every bad row with its line and
 * reason, and the import stores every row in one transaction or, when any row is bad, nothing.
 */
@ApplicationScoped
public class Onboarding {

    /** The reason each imported allocation carries in the case's record. */
    static final String ALLOCATION_REASON = "Allocated when the team was imported from its previous system";

    private final People people;
    private final CaseOpenings openings;

    Onboarding(People people, CaseOpenings openings) {
        this.people = people;
        this.openings = openings;
    }

    /** Every problem of the file, storing nothing. */
    @Transactional
    public ImportOutcome dryRun(Staff by, OnboardingFile kind, String text) {
        CsvFile file = CsvFile.read(text);
        return new ImportOutcome(file.rows().size(), problems(by, kind, file));
    }

    /**
     * Stores every row, in this one transaction; when any row is bad, stores nothing and answers the
     * problems, as the dry run would have.
     */
    @Transactional(rollbackOn = RowRefused.class)
    public ImportOutcome importAll(Staff by, OnboardingFile kind, String text) {
        CsvFile file = CsvFile.read(text);
        List<RowProblem> problems = problems(by, kind, file);
        if (!problems.isEmpty()) {
            return new ImportOutcome(file.rows().size(), problems);
        }
        for (CsvFile.Row row : file.rows()) {
            List<FieldError> refused = kind == OnboardingFile.STAFF ? addPerson(by, row) : openCase(by, row);
            if (!refused.isEmpty()) {
                // A row that passed the checks and still failed (another import at the same moment): undo all.
                throw new RowRefused(new ImportOutcome(file.rows().size(), inRow(row, refused, kind)));
            }
        }
        return new ImportOutcome(file.rows().size(), List.of());
    }

    private List<RowProblem> problems(Staff by, OnboardingFile kind, CsvFile file) {
        List<RowProblem> problems = new ArrayList<>();
        List<String> missing = file.missing(kind.columns());
        if (kind == OnboardingFile.CASES && !Staff.MANAGER.equals(by.role)) {
            // Cases are a team's: its manager opens and allocates them (R14-transfer).
            return List.of(new RowProblem(1, "", "A manager of the team imports its cases"));
        }
        if (file.header().isEmpty()) {
            return List.of(new RowProblem(1, "", "The file is empty; its first line names the columns: " + kind.headerLine()));
        }
        if (!missing.isEmpty()) {
            return List.of(new RowProblem(1, "", "The header lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; the first line must be: " + kind.headerLine()));
        }
        if (file.rows().isEmpty() && file.unreadable().isEmpty()) {
            return List.of(new RowProblem(1, "", "The file has no rows under its header"));
        }
        if (file.rows().size() > OnboardingFile.MAX_ROWS) {
            return List.of(new RowProblem(1, "", "The file has " + file.rows().size() + " rows; import at most "
                    + OnboardingFile.MAX_ROWS + " at a time, in several files"));
        }
        file.unreadable().forEach(u -> problems.add(new RowProblem(u.line(), "", u.reason())));
        String key = kind == OnboardingFile.STAFF ? "username" : "case_id";
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvFile.Row row : file.rows()) {
            List<FieldError> errors = kind == OnboardingFile.STAFF ? people.check(by, person(row)) : caseProblems(by, row);
            problems.addAll(inRow(row, errors, kind));
            String id = row.get(key);
            Integer earlier = id.isEmpty() ? null : firstLine.putIfAbsent(id, row.line());
            if (earlier != null) {
                problems.add(new RowProblem(row.line(), key, id + " is also on line " + earlier + "; each appears once"));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    private static People.NewPerson person(CsvFile.Row row) {
        return new People.NewPerson(row.get("username"), row.get("name"), row.get("role"), row.get("team"),
                row.values().getOrDefault("temporary_password", ""));
    }

    private static CaseOpenings.Opening opening(CsvFile.Row row) {
        return new CaseOpenings.Opening(row.get("case_id"), row.get("team"), row.get("legal_name"), row.get("date_of_birth"),
                row.get("address"), row.get("nhs_number"), row.get("referral_date"), row.get("referral_source"));
    }

    private List<FieldError> caseProblems(Staff by, CsvFile.Row row) {
        List<FieldError> errors = new ArrayList<>(openings.check(opening(row), by));
        String to = row.get("allocated_to");
        if (!to.isEmpty()) {
            String team = row.get("team").isEmpty() ? by.team : row.get("team");
            String notThem = Teams.whyNotTake(team, to);
            if (notThem != null) {
                errors.add(new FieldError("practitioner", notThem));
            }
        }
        return errors;
    }

    private List<FieldError> addPerson(Staff by, CsvFile.Row row) {
        return people.create(by, person(row)).errors();
    }

    private List<FieldError> openCase(Staff by, CsvFile.Row row) {
        CaseOutcome opened = openings.open(opening(row), by);
        if (!opened.done() || row.get("allocated_to").isEmpty()) {
            return opened.errors();
        }
        ChildCase c = opened.childCase();
        return openings.allocate(c, by, row.get("allocated_to"), ALLOCATION_REASON).errors();
    }

    /** A form's field errors as the file's problems, each under the file's own column name. */
    private static List<RowProblem> inRow(CsvFile.Row row, List<FieldError> errors, OnboardingFile kind) {
        return errors.stream().map(e -> new RowProblem(row.line(), column(e.field(), kind), e.message())).toList();
    }

    private static String column(String field, OnboardingFile kind) {
        return switch (field) {
            case "displayName" -> "name";
            case "password" -> "temporary_password";
            case "caseId" -> "case_id";
            case "legalName" -> "legal_name";
            case "dateOfBirth" -> "date_of_birth";
            case "nhsNumber" -> "nhs_number";
            case "referralDate" -> "referral_date";
            case "referralSource" -> "referral_source";
            case "practitioner" -> "allocated_to";
            default -> kind.columns().contains(field) ? field : "";
        };
    }

    /** A row refused during the import itself: the transaction rolls back and the page shows why. */
    public static final class RowRefused extends RuntimeException {
        private final transient ImportOutcome outcome;

        RowRefused(ImportOutcome outcome) {
            super("A row of the file was refused during the import", null, false, false);
            this.outcome = outcome;
        }

        public ImportOutcome outcome() {
            return outcome;
        }
    }
}
