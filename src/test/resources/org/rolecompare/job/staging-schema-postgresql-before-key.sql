-- The five staging tables of the input files as the release before the staging key made them (PostgreSQL):
-- rows keyed by (run_id, line), no column k. Test fixture of the migration (StagingKeyMigration).
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
