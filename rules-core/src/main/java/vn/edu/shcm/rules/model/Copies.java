package vn.edu.shcm.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the records of this package: null becomes empty, null elements are refused. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(String name, List<? extends T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (element == null) {
                throw new NullPointerException(name + "[" + i + "] is null; lists in a plan hold no null elements");
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }
}
