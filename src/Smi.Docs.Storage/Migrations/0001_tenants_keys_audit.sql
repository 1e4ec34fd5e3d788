-- Portable SQL: it runs unchanged on SQLite and PostgreSQL (MigrationRunner). Times are ISO 8601 UTC text and ids
-- are made by the application, so neither database's own date or sequence types are needed.
CREATE TABLE tenants (
    id TEXT NOT NULL PRIMARY KEY,
    naam TEXT NOT NULL,
    profile_path TEXT NOT NULL,
    templates_path TEXT NULL,
    created_at TEXT NOT NULL
);

-- The key itself is never stored: only its SHA-256 (hex). The key id is public: listings and the audit trail name it.
CREATE TABLE api_keys (
    key_id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

-- One row per rendered document (or refused render). No personal data: no case value beyond the kenmerk the
-- municipality gave the case, no file contents, only their SHA-256.
CREATE TABLE audit_entries (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    key_id TEXT NOT NULL,
    at TEXT NOT NULL,
    kenmerk TEXT NULL,
    document TEXT NOT NULL,
    taal TEXT NOT NULL,
    formaten TEXT NOT NULL,
    template_version TEXT NOT NULL,
    output_sha256 TEXT NULL,
    duration_ms BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    status INTEGER NOT NULL
);

CREATE INDEX audit_entries_tenant_at ON audit_entries (tenant_id, at);
