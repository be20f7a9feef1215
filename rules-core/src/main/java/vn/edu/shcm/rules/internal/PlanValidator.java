package vn.edu.shcm.rules.internal;

import java.util.List;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Plan;

/** Placeholder until the JSON branch lands; replaced by the real validator. */
public final class PlanValidator {
    private PlanValidator() {
    }

    /** Returns no problems. */
    public static List<PlanProblem> problems(Plan plan) {
        return List.of();
    }
}
