-- The five staging tables of the input files as the release before the staging key made them (H2):
-- rows keyed by (run_id, line), no column k. Test fixture of the migration (StagingKeyMigration).
CREATE TABLE IF NOT EXISTS rc_role (
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
    best_paying_industry VARCHAR(1000000),
    PRIMARY KEY (run_id, line)
);

ALTER TABLE rc_role ADD COLUMN IF NOT EXISTS short_title VARCHAR(1000000);

ALTER TABLE rc_role ADD COLUMN IF NOT EXISTS singular_title VARCHAR(1000000);

CREATE TABLE IF NOT EXISTS rc_distribution (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    dimension VARCHAR(1000000),
    category VARCHAR(1000000),
    share DOUBLE PRECISION,
    PRIMARY KEY (run_id, line)
);

CREATE TABLE IF NOT EXISTS rc_skill (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    skill VARCHAR(1000000),
    share DOUBLE PRECISION,
    PRIMARY KEY (run_id, line)
);

CREATE TABLE IF NOT EXISTS rc_responsibility (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    role_id VARCHAR(4000),
    rejected BOOLEAN NOT NULL,
    text CHARACTER VARYING(1048576),
    PRIMARY KEY (run_id, line)
);

CREATE TABLE IF NOT EXISTS rc_comparison (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    left_id VARCHAR(4000),
    right_id VARCHAR(4000),
    status VARCHAR(16) NOT NULL,
    PRIMARY KEY (run_id, line)
);
