package org.rolecompare.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rolecompare.compare.RoleProfile;

/**
 * A bounded, least-recently-used cache of role profiles for one step. Comparisons name the same
 * roles again and again; the cap keeps memory flat however many roles there are.
 */
final class ProfileCache {

    static final int DEFAULT_CAPACITY = 4096;

    private final StagingRepository staging;
    private final long runId;
    private final Map<String, RoleProfile> profiles;

    ProfileCache(StagingRepository staging, long runId, int capacity) {
        this.staging = staging;
        this.runId = runId;
        this.profiles = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RoleProfile> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized RoleProfile get(String roleId) {
        RoleProfile profile = profiles.get(roleId);
        if (profile == null) {
            profile = staging.profile(runId, roleId);
            profiles.put(roleId, profile);
        }
        return profile;
    }
}
