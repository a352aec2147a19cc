package org.rolecompare.staging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.rolecompare.compare.RoleProfile;

/**
 * A bounded, least-recently-used cache of role profiles for one step. Comparisons name the same
 * roles again and again; the cap keeps memory flat however many roles there are. Each profile is
 * prepared once as it is loaded (for the PDF report: its text cut to what the report shows). A
 * report partition asks for all its roles at once ({@link #holding}), so the ones not cached yet
 * cost a few queries together rather than four queries each.
 */
public final class ProfileCache {

    public static final int DEFAULT_CAPACITY = 4096;

    private final ProfileQueries staging;
    private final long runId;
    private final UnaryOperator<RoleProfile> prepare;
    private final Map<String, RoleProfile> profiles;

    public ProfileCache(ProfileQueries staging, long runId, int capacity) {
        this(staging, runId, capacity, UnaryOperator.identity());
    }

    public ProfileCache(ProfileQueries staging, long runId, int capacity, UnaryOperator<RoleProfile> prepare) {
        this.staging = staging;
        this.runId = runId;
        this.prepare = prepare;
        this.profiles = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RoleProfile> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized RoleProfile get(String roleId) {
        RoleProfile profile = profiles.get(roleId);
        if (profile == null) {
            profile = prepare.apply(staging.profile(runId, roleId));
            profiles.put(roleId, profile);
        }
        return profile;
    }

    /**
     * The profiles of these roles, held for the caller (a report partition) whatever the cache evicts
     * meanwhile: those not cached are loaded together ({@link ProfileQueries#profiles}), outside the
     * lock, so other partitions go on meanwhile. Ids not in {@code roleIds} are looked up as by
     * {@link #get}.
     */
    public Function<String, RoleProfile> holding(Collection<String> roleIds) {
        Map<String, RoleProfile> held = new HashMap<>(roleIds.size() * 2);
        List<String> missing = new ArrayList<>();
        synchronized (this) {
            for (String id : new LinkedHashSet<>(roleIds)) {
                RoleProfile profile = profiles.get(id);
                if (profile == null) {
                    missing.add(id);
                } else {
                    held.put(id, profile);
                }
            }
        }
        Map<String, RoleProfile> loaded = new HashMap<>(missing.size() * 2);
        staging.profiles(runId, missing).forEach((id, profile) -> loaded.put(id, prepare.apply(profile)));
        synchronized (this) {
            for (String id : missing) {
                RoleProfile profile = loaded.get(id);
                profiles.put(id, profile);
                held.put(id, profile);
            }
        }
        return id -> {
            RoleProfile profile = held.get(id);
            return profile != null ? profile : get(id);
        };
    }
}
