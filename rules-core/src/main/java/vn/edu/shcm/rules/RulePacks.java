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

/**
 * The rule packs available to a checker, by id: those found on the class path, or a given set. Immutable
 * and thread-safe; two packs with one id are refused, naming both.
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
     * Returns a rule by id: a pack's rule, or a {@code core:} rule (which every pack runs).
     *
     * @throws UnknownIdException if no pack has it
     */
    public RuleInfo rule(String ruleId) {
        int colon = ruleId == null ? -1 : ruleId.indexOf(':');
        if (colon > 0) {
            String packId = ruleId.substring(0, colon);
            List<RulePack> candidates = packId.equals("core") ? all().stream().limit(1).toList()
                    : find(packId).map(List::of).orElse(List.of());
            for (RulePack pack : candidates) {
                Optional<RuleInfo> rule = pack.rule(ruleId);
                if (rule.isPresent()) {
                    return rule.get();
                }
            }
        }
        throw new UnknownIdException(UnknownIdException.Kind.RULE, String.valueOf(ruleId), knownRuleHint(ruleId));
    }

    private List<String> knownRuleHint(String ruleId) {
        int colon = ruleId == null ? -1 : ruleId.indexOf(':');
        if (colon > 0) {
            Optional<RulePack> pack = find(ruleId.substring(0, colon));
            if (pack.isPresent()) {
                return pack.get().rules().stream().map(RuleInfo::id).toList();
            }
        }
        return ids().stream().map(id -> id + ":…").toList();
    }
}
