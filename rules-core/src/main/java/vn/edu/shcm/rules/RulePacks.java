package vn.edu.shcm.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.shcm.rules.internal.CoreRules;
import vn.edu.shcm.rules.model.Plan;

/**
 * The rule packs available to a checker, by id: those found on the class path, or a given set; it also tells
 * which of them apply to a plan. Immutable and thread-safe; two packs with one id are refused, naming both.
 */
public final class RulePacks {

    private static final Logger LOG = LoggerFactory.getLogger(RulePacks.class);

    private final Map<String, RulePack> byId;

    private RulePacks(Map<String, RulePack> byId) {
        this.byId = byId;
    }

    /** Finds the packs on the class path of the thread's context class loader (or this library's). */
    public static RulePacks discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : RulePacks.class.getClassLoader());
    }

    /**
     * Finds the packs that {@link ServiceLoader} finds through {@code loader}.
     *
     * @throws IllegalStateException if two packs have one id, or a pack cannot be loaded
     */
    public static RulePacks discover(ClassLoader loader) {
        List<RulePack> found = new ArrayList<>();
        try {
            for (RulePack pack : ServiceLoader.load(RulePack.class, loader)) {
                LOG.debug("found rule pack {} ({})", pack.id(), origin(pack));
                found.add(pack);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("a rule pack on the class path cannot be loaded: " + e.getMessage(), e);
        }
        return of(found);
    }

    /** Returns the given packs. @throws IllegalStateException if two have one id */
    public static RulePacks of(RulePack... packs) {
        return of(List.of(packs));
    }

    /** Returns the given packs. @throws IllegalStateException if two have one id */
    public static RulePacks of(Collection<? extends RulePack> packs) {
        Map<String, RulePack> byId = new TreeMap<>();
        for (RulePack pack : packs) {
            RulePack other = byId.putIfAbsent(Objects.requireNonNull(pack.id(), "pack id"), pack);
            if (other != null) {
                throw new IllegalStateException("two rule packs have the id \"" + pack.id() + "\": "
                        + origin(other) + " and " + origin(pack));
            }
        }
        return new RulePacks(byId);
    }

    private static String origin(RulePack pack) {
        return pack instanceof DrlRulePack drl ? drl.origin() : pack.getClass().getName();
    }

    /** Returns the pack with the given id. @throws UnknownIdException if there is none */
    public RulePack get(String id) {
        RulePack pack = byId.get(id);
        if (pack == null) {
            throw new UnknownIdException(UnknownIdException.Kind.PACK, id, ids());
        }
        return pack;
    }

    /** Returns the pack with the given id, if there is one. */
    public Optional<RulePack> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Returns every pack, sorted by id. */
    public List<RulePack> all() {
        return List.copyOf(byId.values());
    }

    /** Returns every pack id, sorted. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * Returns a rule by id: a pack's rule, or a {@code core:} rule (which every check runs).
     *
     * @throws UnknownIdException if no pack has it
     */
    public RuleInfo rule(String ruleId) {
        int colon = ruleId == null ? -1 : ruleId.indexOf(':');
        if (colon > 0) {
            String packId = ruleId.substring(0, colon);
            Optional<RuleInfo> rule = packId.equals("core")
                    ? coreRules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                    : find(packId).flatMap(p -> p.rule(ruleId));
            if (rule.isPresent()) {
                return rule.get();
            }
        }
        throw new UnknownIdException(UnknownIdException.Kind.RULE, String.valueOf(ruleId), knownRuleHint(ruleId));
    }

    /** Returns the {@code core:} plan-integrity rules, which every check runs once whatever its packs. */
    public static List<RuleInfo> coreRules() {
        return CoreRules.rules();
    }

    /**
     * Returns the packs that apply to a plan, sorted by id: every national pack and every pack of the plan's
     * {@code province} whose coverage (level, scope, school year) holds the plan. Empty when none does (a plan
     * without a province gets only national packs).
     */
    public List<RulePack> applicableTo(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<RulePack> applicable = new ArrayList<>();
        for (RulePack pack : byId.values()) {
            Coverage c = pack.coverage();
            if (pack.jurisdiction().binds(plan.province()) && plan.level() != null && plan.scope() != null
                    && plan.schoolYear() != null && c.levels().contains(plan.level())
                    && c.scopes().contains(plan.scope()) && c.covers(plan.schoolYear())) {
                applicable.add(pack);
            }
        }
        return List.copyOf(applicable);
    }

    /**
     * Returns the ids of the packs that apply to a plan.
     *
     * @throws InvalidPlanException if none does: the problem lists every pack with what it covers
     */
    List<String> applicablePackIds(Plan plan) {
        List<RulePack> applicable = applicableTo(plan);
        if (applicable.isEmpty()) {
            StringBuilder vi = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (RulePack p : byId.values()) {
                Coverage c = p.coverage();
                vi.append("; ").append(p.id()).append(" (").append(p.jurisdiction().label()).append(", cấp ")
                        .append(c.levelLabels()).append(", ").append(c.scopeLabels()).append(", ").append(c.years())
                        .append(")");
                en.append("; ").append(p.id()).append(" (").append(p.jurisdiction().labelEn()).append(", ")
                        .append(c.levels().stream().sorted().toList()).append(", ")
                        .append(c.scopes().stream().sorted().toList()).append(", ").append(c.yearsEn()).append(")");
            }
            String where = plan.province() == null ? "kế hoạch không ghi tỉnh (\"province\")"
                    : "tỉnh/thành phố " + plan.province();
            String whereEn = plan.province() == null ? "the plan names no \"province\""
                    : "province " + plan.province();
            throw new InvalidPlanException(null, List.of(new PlanProblem(plan.province() == null ? "" : "/province",
                    "Không có bộ quy tắc nào áp dụng cho kế hoạch này (" + where + ", cấp "
                            + plan.level().label() + ", " + plan.scope().label() + ", năm học " + plan.schoolYear()
                            + "); hãy chỉ định bộ quy tắc. Các bộ quy tắc" + (byId.isEmpty() ? ": không có"
                            : vi.toString().replaceFirst("^; ", ": ")) + ".",
                    "No pack applies to this plan (" + whereEn + ", " + plan.level() + ", " + plan.scope() + ", "
                            + plan.schoolYear() + "); name the packs. Packs" + (byId.isEmpty() ? ": none"
                            : en.toString().replaceFirst("^; ", ": ")) + ".",
                    plan.province())));
        }
        return applicable.stream().map(RulePack::id).toList();
    }

    private List<String> knownRuleHint(String ruleId) {
        int colon = ruleId == null ? -1 : ruleId.indexOf(':');
        if (colon > 0 && ruleId.substring(0, colon).equals("core")) {
            return coreRules().stream().map(RuleInfo::id).toList();
        }
        if (colon > 0) {
            Optional<RulePack> pack = find(ruleId.substring(0, colon));
            if (pack.isPresent()) {
                return pack.get().rules().stream().map(RuleInfo::id).toList();
            }
        }
        return ids().stream().map(id -> id + ":…").toList();
    }
}
