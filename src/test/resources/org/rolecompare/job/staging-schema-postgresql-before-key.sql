-- The staging tables on PostgreSQL (cluster mode). The same tables, columns and indexes as
-- staging-schema.sql (H2), which StagingSchemaParityTests checks; text columns compare in code point
-- order (COLLATE "C"), as H2 does, so sorting and MIN() give the same results on both databases.
-- The indexes by role of rc_role, rc_distribution, rc_skill and rc_responsibility are made when the
-- comparison job needs them (org.rolecompare.staging.StagingIndexes), not here: kept up while the rows
-- are loaded (in line order, with random role ids) they cost more CPU than the rows themselves.
CREATE TABLE IF NOT EXISTS rc_role (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000) COLLATE "C",
    rejected BOOLEAN NOT NULL,
    title TEXT COLLATE "C",
    description TEXT COLLATE "C",
    years_min INT,
    years_max INT,
    average_salary DOUBLE PRECISION,
    hourly_rate DOUBLE PRECISION,
    salary_min DOUBLE PRECISION,
    salary_max DOUBLE PRECISION,
    growth_rate DOUBLE PRECISION,
    job_count BIGINT,
    job_satisfaction DOUBLE PRECISION,
    common_degree TEXT COLLATE "C",
    common_degree_share DOUBLE PRECISION,
    common_major TEXT COLLATE "C",
    common_college TEXT COLLATE "C",
    average_age DOUBLE PRECISION,
    years_experience DOUBLE PRECISION,
    lgbt_share DOUBLE PRECISION,
    highest_paying_city TEXT COLLATE "C",
    highest_paying_state TEXT COLLATE "C",
    best_paying_company TEXT COLLATE "C",
    best_paying_industry TEXT COLLATE "C",
    PRIMARY KEY (run_id, line)
);
-- Added after the first release: databases created before keep working.
ALTER TABLE rc_role ADD COLUMN IF NOT EXISTS short_title TEXT COLLATE "C";
ALTER TABLE rc_role ADD COLUMN IF NOT EXISTS singular_title TEXT COLLATE "C";

CREATE TABLE IF NOT EXISTS rc_distribution (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000) COLLATE "C",
    rejected BOOLEAN NOT NULL,
    dimension TEXT COLLATE "C",
    category TEXT COLLATE "C",
    share DOUBLE PRECISION,
    PRIMARY KEY (run_id, line)
);

CREATE TABLE IF NOT EXISTS rc_skill (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000) COLLATE "C",
    rejected BOOLEAN NOT NULL,
    skill TEXT COLLATE "C",
    share DOUBLE PRECISION,
    PRIMARY KEY (run_id, line)
);

CREATE TABLE IF NOT EXISTS rc_responsibility (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000) COLLATE "C",
    rejected BOOLEAN NOT NULL,
    text TEXT COLLATE "C",
    PRIMARY KEY (run_id, line)
);

CREATE TABLE IF NOT EXISTS rc_comparison (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    left_id VARCHAR(4000) COLLATE "C",
    right_id VARCHAR(4000) COLLATE "C",
    status VARCHAR(16) COLLATE "C" NOT NULL,
    PRIMARY KEY (run_id, line)
);
CREATE TABLE IF NOT EXISTS rc_finding (
    run_id BIGINT NOT NULL,
    file VARCHAR(64) COLLATE "C" NOT NULL,
    line BIGINT NOT NULL,
    col VARCHAR(1000) COLLATE "C" NOT NULL,
    role_id VARCHAR(4000) COLLATE "C" NOT NULL,
    rule VARCHAR(64) COLLATE "C" NOT NULL,
    severity VARCHAR(16) COLLATE "C" NOT NULL,
    val TEXT COLLATE "C" NOT NULL,
    expected VARCHAR(4000) COLLATE "C" NOT NULL,
    message TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS rc_finding_by_run ON rc_finding (run_id, file, line);
CREATE INDEX IF NOT EXISTS rc_finding_by_role ON rc_finding (run_id, role_id);

-- The counts of a run's facts (rows read and rejected per file, roles, comparisons, field coverage),
-- counted by the cross-check as it reads the staged rows and kept in the order they are listed, so
-- the facts need no pass over the staged rows of their own (org.rolecompare.staging.StagingCounts).
CREATE TABLE IF NOT EXISTS rc_count (
    run_id BIGINT NOT NULL,
    seq INT NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE IF NOT EXISTS rc_file (
    run_id BIGINT NOT NULL,
    file VARCHAR(64) COLLATE "C" NOT NULL,
    sha256 VARCHAR(64) COLLATE "C" NOT NULL,
    PRIMARY KEY (run_id, file)
);

CREATE TABLE IF NOT EXISTS rc_change (
    run_id BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    role_id VARCHAR(4000) COLLATE "C" NOT NULL,
    title TEXT COLLATE "C",
    kind VARCHAR(16) COLLATE "C" NOT NULL,
    field TEXT COLLATE "C" NOT NULL,
    old_value DOUBLE PRECISION,
    new_value DOUBLE PRECISION,
    change_value DOUBLE PRECISION,
    unit VARCHAR(8) COLLATE "C",
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX IF NOT EXISTS rc_change_by_role ON rc_change (run_id, role_id);

CREATE TABLE IF NOT EXISTS rc_related (
    run_id BIGINT NOT NULL,
    role_id VARCHAR(4000) COLLATE "C" NOT NULL,
    rank INT NOT NULL,
    related_role_id VARCHAR(4000) COLLATE "C" NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    shared_skills TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (run_id, role_id, rank)
);

-- Which release's scripts made these tables: org.rolecompare.job.StampedSchemaInitializer runs this
-- script and Spring Batch's only when the stamp it finds here is not its own.
CREATE TABLE IF NOT EXISTS rc_schema (
    stamp VARCHAR(200) NOT NULL
);
