package org.onewindow.server.accounts;

import java.util.List;
import java.util.function.Function;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.Region;

/**
 * The halls an account acts in: halls named by id and regions named by division code (a province,
 * city or county, every hall below it, the halls added later included). Both empty: every hall of
 * the deployment, as the first manager's account has.
 *
 * @param halls   hall ids
 * @param regions six-digit division codes
 */
public record AccountScope(List<String> halls, List<String> regions) {

    /** No limit: every hall, as accounts were before scopes. */
    public static final AccountScope EVERYWHERE = new AccountScope(List.of(), List.of());

    public AccountScope {
        halls = halls == null ? List.of() : List.copyOf(halls);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public boolean everywhere() {
        return halls.isEmpty() && regions.isEmpty();
    }

    /** Whether the hall is in this scope; null (a hall no longer served) only in "everywhere". */
    public boolean covers(Hall hall) {
        return everywhere() || hall != null && (halls.contains(hall.id()) || regions.stream().anyMatch(hall::inRegion));
    }

    /** Whether a division lies in one of this scope's regions (a hall named alone holds no region). */
    boolean coversRegion(String code) {
        return everywhere() || regions.stream().anyMatch(r -> Region.contains(r, code));
    }

    /**
     * Whether everything this scope reaches, now and when halls are added, is in {@code outer}: its
     * halls covered there and its regions inside outer's regions. A region is never inside a scope of
     * halls alone, though those halls be all it holds today; and nothing but "everywhere" holds
     * "everywhere".
     */
    boolean within(AccountScope outer, Function<String, Hall> halls) {
        if (outer.everywhere()) {
            return true;
        }
        if (everywhere()) {
            return false;
        }
        return this.halls.stream().allMatch(h -> outer.covers(halls.apply(h))) && regions.stream().allMatch(outer::coversRegion);
    }

    @Override
    public String toString() {
        return everywhere() ? "everywhere" : "halls=" + halls + " regions=" + regions;
    }
}
