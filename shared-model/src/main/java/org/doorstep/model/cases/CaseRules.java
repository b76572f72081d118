package org.doorstep.model.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.model.record.TextLimits;
import org.doorstep.model.visit.Violation;

/**
 * The rules of a case's life (R1-contemporaneous, R14-transfer, R5.1-basic): what opening it at
 * referral needs, and what each later move (allocate, transfer, close, reopen, correct the child's
 * legal identity) must say. Each returns the violations, field by field; empty when it may happen.
 * Who may do it, and whether the case's state allows it, is the server's to check.
 */
public final class CaseRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_SOURCE = 300;
    public static final int MAX_EVIDENCE = 300;

    private static final String OPEN = "R1-contemporaneous";
    private static final String MOVE = "R14-transfer";
    private static final String BASIC = "R5.1-basic";

    private CaseRules() {
    }

    /** A case opened at referral: who the child is, and when and from whom the referral came. */
    public static List<Violation> opening(String legalName, LocalDate dateOfBirth, String address, String nhsNumber,
                                          LocalDate referralDate, String referralSource, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        text(v, BASIC, "legalName", legalName, MAX_NAME, "Enter the child's full legal name", "Legal name");
        dateOfBirth(v, dateOfBirth, today);
        text(v, BASIC, "address", address, MAX_ADDRESS, "Enter the address where the child lives", "Address");
        if (nhsNumber != null && !nhsNumber.isBlank() && NhsNumber.parse(nhsNumber) instanceof NhsNumber.Parsed.Invalid bad) {
            v.add(new Violation("nhsNumber", BASIC, bad.message()));
        }
        if (referralDate == null) {
            v.add(new Violation("referralDate", OPEN, "Enter the date the referral was received"));
        } else if (referralDate.isAfter(today)) {
            v.add(new Violation("referralDate", OPEN, "The referral date cannot be in the future"));
        }
        text(v, OPEN, "referralSource", referralSource, MAX_SOURCE,
                "Say who made the referral, for example the school's safeguarding lead", "Referral source");
        return v;
    }

    /** Allocating to a practitioner, or leaving it with someone new: why. */
    public static List<Violation> allocation(String reason) {
        List<Violation> v = new ArrayList<>();
        text(v, MOVE, "reason", reason, TextLimits.REASONS, "Say why the case is allocated to this practitioner", "Reason");
        return v;
    }

    /** The audit before a transfer: every check ticked, and what the manager found. */
    public static List<Violation> transferAudit(Collection<String> ticked, String findings) {
        List<Violation> v = new ArrayList<>();
        Set<String> done = ticked == null ? Set.of() : Set.copyOf(ticked);
        List<TransferCheck> missing = java.util.Arrays.stream(TransferCheck.values()).filter(c -> !done.contains(c.wire())).toList();
        if (!missing.isEmpty()) {
            v.add(new Violation("checks", MOVE, "Audit the case before it moves: tick each check once it is done ("
                    + missing.size() + " not ticked)"));
        }
        text(v, MOVE, "findings", findings, TextLimits.REASONS,
                "Write what you found in the audit and anything the receiving practitioner must know", "Audit findings");
        return v;
    }

    /** The checks a manager ticked, in words, for the decision. */
    public static String checked(Collection<String> ticked) {
        return java.util.Arrays.stream(TransferCheck.values()).filter(c -> ticked.contains(c.wire()))
                .map(c -> "- " + c.label()).collect(Collectors.joining("\n"));
    }

    /** The receiving manager confirms the case arrived: a note of what they checked. */
    public static List<Violation> receipt(String note) {
        List<Violation> v = new ArrayList<>();
        text(v, MOVE, "note", note, TextLimits.REASONS, "Say that the record arrived complete, or what is missing", "Note");
        return v;
    }

    public static List<Violation> closing(String summary) {
        List<Violation> v = new ArrayList<>();
        text(v, OPEN, "summary", summary, TextLimits.REASONS,
                "Write the closing summary: why the case closes and what happens next", "Closing summary");
        return v;
    }

    public static List<Violation> reopening(String reason) {
        List<Violation> v = new ArrayList<>();
        text(v, OPEN, "reason", reason, TextLimits.REASONS, "Say why the case is reopened", "Reason");
        return v;
    }

    /**
     * A correction to the child's legal name, date of birth or address (R5.1-basic), with the evidence
     * seen. {@code value} is the new name or address; a date of birth comes as {@code date}.
     */
    public static List<Violation> identityCorrection(IdentityFact fact, String value, LocalDate date, String evidence,
                                                     LocalDate today) {
        List<Violation> v = new ArrayList<>();
        switch (fact) {
            case LEGAL_NAME -> text(v, BASIC, "value", value, MAX_NAME, "Enter the child's legal name as the evidence shows it",
                    "Legal name");
            case ADDRESS -> text(v, BASIC, "value", value, MAX_ADDRESS, "Enter the address", "Address");
            case DATE_OF_BIRTH -> {
                List<Violation> born = new ArrayList<>();
                dateOfBirth(born, date, today);
                born.forEach(b -> v.add(new Violation("value", b.requirement(), b.message())));
            }
        }
        text(v, BASIC, "evidence", evidence, MAX_EVIDENCE,
                "Say what evidence you saw, for example the birth certificate", "Evidence");
        return v;
    }

    private static void dateOfBirth(List<Violation> v, LocalDate born, LocalDate today) {
        if (born == null) {
            v.add(new Violation("dateOfBirth", BASIC, "Enter the child's date of birth"));
        } else if (born.isAfter(today)) {
            v.add(new Violation("dateOfBirth", BASIC, "The date of birth cannot be in the future"));
        } else if (born.isBefore(today.minusYears(25))) {
            v.add(new Violation("dateOfBirth", BASIC, "The date of birth must be within the last 25 years: check the year"));
        }
    }

    private static void text(List<Violation> v, String requirement, String field, String value, int max, String missing,
                             String what) {
        TextLimits.required(what, value, max, missing).ifPresent(m -> v.add(new Violation(field, requirement, m)));
    }

    /**
     * Why a case cannot be moved (allocated, transferred, closed) now; null when it can. Only a manager
     * of the case's own team moves it, while it is open and no transfer of it waits for confirmation.
     *
     * @param managerOfTeam  whether the person is a manager of the case's team
     * @param closedOn       the day the case was closed, or null when open
     * @param pendingToTeam  the team a transfer waits to be confirmed by, or null
     */
    public static String whyNotMove(boolean managerOfTeam, String team, LocalDate closedOn, String pendingToTeam) {
        if (!managerOfTeam) {
            return "Only a manager of " + team + " moves this case";
        }
        if (closedOn != null) {
            return "The case was closed on " + DAY.format(closedOn) + ": reopen it first";
        }
        return pendingToTeam == null ? null : "The case is waiting for a manager of " + pendingToTeam + " to confirm its transfer";
    }

    /** Why a case cannot be reopened now; null when it can: a closed case, by a manager of its team. */
    public static String whyNotReopen(boolean managerOfTeam, String team, boolean closed) {
        if (!managerOfTeam) {
            return "Only a manager of " + team + " reopens this case";
        }
        return closed ? null : "The case is open";
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
}
