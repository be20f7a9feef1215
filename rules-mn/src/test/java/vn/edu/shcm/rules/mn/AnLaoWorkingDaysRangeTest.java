package vn.edu.shcm.rules.mn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;

/**
 * The only rule that counts working days, {@code anlao-mn-2023:invitation-lead-time}, asks for the statutory
 * holidays of a session's year, which are known for 1900 to 2199. A plan whose own calendar stretched the school
 * year to an absurd start (the start-or-end check let 0001-01-01 to 30/05/2024 through) put a session of year 1000
 * inside the year, and the check failed with an exception from deep in the rule engine. Such a calendar is now an
 * input error at its date.
 */
class AnLaoWorkingDaysRangeTest {

    static final Checker CHECKER = Checker.create();

    @ParameterizedTest(name = "{0} = {1}, a session on {2}")
    @CsvSource({
        "start, 0001-01-01, 1000-03-03",
        "start, 1899-12-31, 1899-12-31",
        "end, 2200-01-01, 2200-01-01",
        "end, 9999-12-31, 9000-03-03",
    })
    void anAbsurdPlanCalendarIsAnInputErrorNotACrash(String field, LocalDate absurd, LocalDate sessionDay) {
        PlanCalendar calendar = new PlanCalendar(field.equals("start") ? absurd : null, null,
                field.equals("end") ? absurd : null, List.of());
        Plan plan = Plan.builder("an-tien", SchoolYear.of(2023), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm trường An Tiến", "a", "b", List.of(new Member("a", "A"), new Member("b", "B"))))
                .calendar(calendar)
                .sessions(Session.builder("s", sessionDay).host("a").build())
                .build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> CHECKER.check(plan, "anlao-mn-2023", d("2023-12-01")));
        assertEquals(List.of("/calendar/" + field), e.problems().stream().map(PlanProblem::path).toList());
    }
}
