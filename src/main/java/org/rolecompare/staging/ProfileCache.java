package org.rolecompare.staging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.rolecompare.compare.RoleProfile;

/**
 * A bounded, least-recently-used cache of role profiles for one step. Comparisons name the same
 * roles again and again; the cap keeps memory flat however many roles there are. Each profile is
 * prepared once as it is loaded (for the PDF report: its text cut to what the report shows).
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
}
