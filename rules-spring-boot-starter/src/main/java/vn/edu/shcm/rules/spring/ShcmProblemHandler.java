package vn.edu.shcm.rules.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.edu.shcm.rules.InputException;
import vn.edu.shcm.rules.InvalidCalendarsException;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.InvalidWaiversException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.UnknownIdException;

/**
 * Answers the library's input errors from any controller as RFC 9457 problem details
 * ({@code application/problem+json}): any {@link InputException} (an invalid plan, waiver list or calendar file) is
 * a 400 whose {@code inputErrors} lists every problem as the command line does ({@code path}, {@code message},
 * {@code messageEn}, {@code value} when there is one); an unknown pack id is a 404, an unknown rule id (a waiver naming a rule the pack does not run) a 400, each
 * with the {@code id} and the {@code known} ids.
 *
 * <p>It comes before the application's own advice that has no {@code @Order} (so a catch-all handler there does not
 * take these exceptions), and after any ordered one; declare a bean of this type to replace it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ShcmProblemHandler {

    /**
     * Answers an input error (an invalid plan, waiver list or calendar file): 400, every problem listed.
     */
    @ExceptionHandler(InputException.class)
    public ResponseEntity<ProblemDetail> inputErrors(InputException e, HttpServletRequest request) {
        String what = e instanceof InvalidPlanException ? "plan" : e instanceof InvalidWaiversException ? "waivers"
                : e instanceof InvalidCalendarsException ? "calendars" : "input";
        return inputErrors("Invalid " + what, "The " + what + " cannot be used", e.problems(), request);
    }

    /**
     * Answers a body that the application's JSON mapper could not read because a plan inside it is invalid (e.g.
     * {@code @RequestBody List<Plan>}): 400, every problem of that plan listed, pointers relative to the plan. Any
     * other unreadable body is left to Spring's own handling.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException invalid) {
                return inputErrors(invalid, request);
            }
        }
        throw e;
    }

    /** Answers an unknown pack id (404) or rule id (400). */
    @ExceptionHandler(UnknownIdException.class)
    public ResponseEntity<ProblemDetail> unknownId(UnknownIdException e, HttpServletRequest request) {
        boolean pack = e.kind() == UnknownIdException.Kind.PACK;
        HttpStatus status = pack ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(pack ? "Unknown pack" : "Unknown rule");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("id", e.id());
        problem.setProperty("known", e.known());
        return respond(status, problem);
    }

    private static ResponseEntity<ProblemDetail> inputErrors(String title, String what, List<PlanProblem> problems,
                                                             HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, what + ": "
                + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ", each in inputErrors with "
                + "its JSON pointer.");
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        List<Map<String, String>> errors = new ArrayList<>();
        for (PlanProblem p : problems) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("path", p.path());
            error.put("message", p.message());
            error.put("messageEn", p.messageEn());
            if (p.value() != null) {
                error.put("value", p.value());
            }
            errors.add(error);
        }
        problem.setProperty("inputErrors", errors);
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
