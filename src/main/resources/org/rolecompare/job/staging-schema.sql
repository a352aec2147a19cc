-- The indexes by role of rc_role, rc_distribution, rc_skill and rc_responsibility are made when the
-- comparison job needs them (org.rolecompare.staging.StagingIndexes), not here: kept up while the rows
-- are loaded (in line order, with random role ids) they cost more CPU than the rows themselves.
-- The long texts (rc_role.description, rc_responsibility.text) are CHARACTER VARYING as wide as the
-- longest value an input file may hold (org.rolecompare.ingest.InputLimits.MAX_VALUE_CHARS), not
-- CHARACTER LARGE OBJECT: H2 stores a CLOB value as a LOB of its own, which made loading them slower.
-- Databases of earlier releases keep their CLOB columns (CREATE TABLE IF NOT EXISTS leaves them as
-- they are, and the same statements and reads work on both), and their loads stay as slow as before.
CREATE TABLE IF NOT EXISTS rc_role (
    k BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    title VARCHAR(1000000),
    description CHARACTER VARYING(1048576),
    years_min INT,
    years_max INT,
    average_salary DOUBLE PRECISION,
    hourly_rate DOUBLE PRECISION,
    salary_min DOUBLE PRECISION,
    salary_max DOUBLE PRECISION,
    growth_rate DOUBLE PRECISION,
    job_count BIGINT,
    job_satisfaction DOUBLE PRECISION,
    common_degree VARCHAR(1000000),
    common_degree_share DOUBLE PRECISION,
    common_major VARCHAR(1000000),
    common_college VARCHAR(1000000),
    average_age DOUBLE PRECISION,
    years_experience DOUBLE PRECISION,
    lgbt_share DOUBLE PRECISION,
    highest_paying_city VARCHAR(1000000),
    highest_paying_state VARCHAR(1000000),
    best_paying_company VARCHAR(1000000),
    best_paying_industry VARCHAR(1000000)
);
-- Added after the first release: databases created before keep working.
ALTER TABLE rc_role ADD COLUMN IF NOT EXISTS short_title VARCHAR(1000000);
ALTER TABLE rc_role ADD COLUMN IF NOT EXISTS singular_title VARCHAR(1000000);

CREATE TABLE IF NOT EXISTS rc_distribution (
    k BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    dimension VARCHAR(1000000),
    category VARCHAR(1000000),
    share DOUBLE PRECISION
);

CREATE TABLE IF NOT EXISTS rc_skill (
    k BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    skill VARCHAR(1000000),
    share DOUBLE PRECISION
);

CREATE TABLE IF NOT EXISTS rc_responsibility (
    k BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    text CHARACTER VARYING(1048576)
);

CREATE TABLE IF NOT EXISTS rc_comparison (
    k BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    left_id VARCHAR(4000),
    right_id VARCHAR(4000),
    status VARCHAR(16) NOT NULL
);
-- Duplicate pairs are found in one pass in line order (org.rolecompare.staging.CrossCheck), so the table
-- needs no index beyond its key: each index made loading a million comparisons several times slower.
-- Databases of earlier releases lose the pair column and its indexes.
DROP INDEX IF EXISTS rc_comparison_by_pair;
DROP INDEX IF EXISTS rc_comparison_by_ids;
ALTER TABLE rc_comparison DROP COLUMN IF EXISTS pair_key;

CREATE TABLE IF NOT EXISTS rc_finding (
    run_id BIGINT NOT NULL,
    file VARCHAR(64) NOT NULL,
    line BIGINT NOT NULL,
    col VARCHAR(1000) NOT NULL,
    role_id VARCHAR(4000) NOT NULL,
    rule VARCHAR(64) NOT NULL,
    severity VARCHAR(16) NOT NULL,
    val VARCHAR(1000000) NOT NULL,
    expected VARCHAR(4000) NOT NULL,
    message VARCHAR(1000000) NOT NULL
);
CREATE INDEX IF NOT EXISTS rc_finding_by_run ON rc_finding (run_id, file, line);
CREATE INDEX IF NOT EXISTS rc_finding_by_role ON rc_finding (run_id, role_id);

-- The counts of a run's facts (rows read and rejected per file, roles, comparisons, field coverage),
-- counted by the cross-check as it reads the staged rows and kept in the order they are listed, so
-- the facts need no pass over the staged rows of their own (org.rolecompare.staging.StagingCounts).
CREATE TABLE IF NOT EXISTS rc_count (
    run_id BIGINT NOT NULL,
    seq INT NOT NULL,
    name VARCHAR(1000000) NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE IF NOT EXISTS rc_file (
    run_id BIGINT NOT NULL,
    file VARCHAR(64) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, file)
);

CREATE TABLE IF NOT EXISTS rc_change (
    run_id BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    role_id VARCHAR(4000) NOT NULL,
    title VARCHAR(1000000),
    kind VARCHAR(16) NOT NULL,
    field VARCHAR(1000000) NOT NULL,
    old_value DOUBLE PRECISION,
    new_value DOUBLE PRECISION,
    change_value DOUBLE PRECISION,
    unit VARCHAR(8),
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX IF NOT EXISTS rc_change_by_role ON rc_change (run_id, role_id);

-- Each accepted role's most related roles, when a run finds them (pairs.from related or both): the
-- rows of related.csv, by role and rank. The pairs they add to rc_comparison have lines from
-- 1,000,000,000,001 on (org.rolecompare.staging.RelatedStore), far past any line of comparisons.csv.
-- shared_skills holds the skill names separated by the character U+001F, which no staged value holds.
CREATE TABLE IF NOT EXISTS rc_related (
    run_id BIGINT NOT NULL,
    role_id VARCHAR(4000) NOT NULL,
    rank INT NOT NULL,
    related_role_id VARCHAR(4000) NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    shared_skills VARCHAR(1000000) NOT NULL,
    reason VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (run_id, role_id, rank)
);

-- Which release's scripts made these tables: org.rolecompare.job.StampedSchemaInitializer runs this
-- script and Spring Batch's only when the stamp it finds here is not its own.
CREATE TABLE IF NOT EXISTS rc_schema (
    stamp VARCHAR(200) NOT NULL
);
