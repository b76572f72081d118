package org.doorstep.server.audit;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorstep.model.audit.AuditCheck;
import org.doorstep.model.audit.AuditGrade;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/** What the audit pages show (R12-audit): the samples drawn, one sample's visits and grades, the results over time. */
@ApplicationScoped
public class AuditViews {

    /** A sample in the list of those drawn. */
    @TemplateData
    public record SampleLine(long id, String month, String whose, String drawnBy, String drawnAt, long seed, int drawn,
                             int graded) {
    }

    /** One check's answer. */
    @TemplateData
    public record CheckAnswer(String label, boolean met) {
    }

    /** A visit's grade as recorded. */
    @TemplateData
    public record GradeView(String grade, String tag, int met, List<CheckAnswer> checks, String comment, String by, String at) {
    }

    /** A sampled visit, with its grade once given. */
    @TemplateData
    public record VisitLine(int order, String noteId, String caseId, String childName, String practitioner, String visitDate,
                            GradeView grade) {
        /** What ends the ids of this visit's fields, so several forms on one page do not share an id. */
        public String slot() {
            return Integer.toString(order);
        }
    }

    @TemplateData
    public record SampleView(long id, String month, String whose, String drawnBy, String drawnAt, long seed, int size,
                             int candidates, String monthValue, String practitioner, List<VisitLine> visits) {
    }

    /** One practitioner's grades for the visits of one month. */
    @TemplateData
    public record ResultRow(String practitioner, String month, int graded, int met, int possible, int good,
                            int requiresImprovement, int inadequate) {
        public int percent() {
            return possible == 0 ? 0 : Math.round(100f * met / possible);
        }
    }

    private final Words words;

    AuditViews(Words words) {
        this.words = words;
    }

    public List<SampleLine> samples(Staff me) {
        List<AuditSample> samples = AuditSample.list("team = ?1 order by drawnAt desc, id desc", me.team);
        return samples.stream().map(s -> new SampleLine(s.id, AuditWords.month(s.month), whose(s), name(s.drawnBy),
                words.dateTime(s.drawnAt), s.seed, (int) SampledVisit.count("sampleId", s.id),
                (int) VisitGrade.count("sampleId", s.id))).toList();
    }

    /** The sample, if it is the manager's team's. */
    public AuditSample sampleOf(Staff me, long id) {
        AuditSample s = AuditSample.findById(id);
        if (s == null || !s.team.equals(me.team)) {
            throw new Scope.NotInScope("There is no audit sample " + id + " in " + me.team + ".");
        }
        return s;
    }

    /** The visit of the sample, if it is one of those drawn. */
    public SampledVisit visitOf(AuditSample s, String noteId) {
        SampledVisit v = SampledVisit.find("sampleId = ?1 and noteId = ?2", s.id, noteId).firstResult();
        if (v == null) {
            throw new Scope.NotInScope("The visit " + noteId + " is not in this audit sample.");
        }
        return v;
    }

    public SampleView sample(AuditSample s) {
        Map<String, VisitGrade> grades = VisitGrade.<VisitGrade>list("sampleId", s.id).stream()
                .collect(Collectors.toMap(g -> g.noteId, Function.identity()));
        List<VisitLine> visits = SampledVisit.<SampledVisit>list("sampleId = ?1 order by drawOrder", s.id).stream()
                .map(v -> new VisitLine(v.drawOrder, v.noteId, v.caseId, childName(v.caseId), name(v.author),
                        words.date(v.visitStart), grade(grades.get(v.noteId)))).toList();
        return new SampleView(s.id, AuditWords.month(s.month), whose(s), name(s.drawnBy), words.dateTime(s.drawnAt), s.seed,
                s.size, s.candidates, s.month, s.practitioner == null ? "" : s.practitioner, visits);
    }

    /**
     * Every grade of the team's samples, by the practitioner who wrote the visit and the month it took
     * place, newest month first: how each practitioner's recording changes over time.
     */
    public List<ResultRow> results(Staff me) {
        Map<Long, AuditSample> samples = AuditSample.<AuditSample>list("team", me.team).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        if (samples.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, List<VisitGrade>>> byAuthorAndMonth = new TreeMap<>();
        for (VisitGrade g : VisitGrade.<VisitGrade>list("sampleId in ?1", samples.keySet())) {
            SampledVisit v = SampledVisit.find("sampleId = ?1 and noteId = ?2", g.sampleId, g.noteId).firstResult();
            byAuthorAndMonth.computeIfAbsent(name(v.author), k -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(samples.get(g.sampleId).month, k -> new ArrayList<>()).add(g);
        }
        List<ResultRow> rows = new ArrayList<>();
        byAuthorAndMonth.forEach((author, months) -> months.forEach((month, gs) -> rows.add(new ResultRow(author,
                AuditWords.month(month), gs.size(), gs.stream().mapToInt(g -> g.checksMet).sum(),
                gs.size() * AuditCheck.values().length, count(gs, AuditGrade.GOOD), count(gs, AuditGrade.REQUIRES_IMPROVEMENT),
                count(gs, AuditGrade.INADEQUATE)))));
        return rows;
    }

    private static int count(List<VisitGrade> gs, AuditGrade grade) {
        return (int) gs.stream().filter(g -> g.grade.equals(grade.name())).count();
    }

    private GradeView grade(VisitGrade g) {
        if (g == null) {
            return null;
        }
        AuditGrade grade = AuditGrade.valueOf(g.grade);
        ManagementDecision d = ManagementDecision.findById(g.decisionId);
        List<CheckAnswer> checks = java.util.Arrays.stream(AuditCheck.values()).map(c -> new CheckAnswer(c.label(), g.met(c))).toList();
        String tag = switch (grade) {
            case GOOD -> "govuk-tag--green";
            case REQUIRES_IMPROVEMENT -> "govuk-tag--yellow";
            case INADEQUATE -> "govuk-tag--red";
        };
        return new GradeView(grade.label(), tag, g.checksMet, checks, d.reasons, name(g.gradedBy), words.dateTime(g.gradedAt));
    }

    private static String whose(AuditSample s) {
        return s.practitioner == null ? "The whole team" : name(s.practitioner);
    }

    private static String childName(String caseId) {
        ChildCase c = ChildCase.findById(caseId);
        return c == null ? caseId : DeclaredIdentity.nameOf(c);
    }

    static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
