-- The template studio (issue 16): accounts per tenant and the tenant's own template texts. Portable SQL as in 0001.

-- An account signs in to /studio for one municipality. The password is stored only as ASP.NET Core Identity's
-- PasswordHasher hash (PBKDF2 with a salt and its own format marker). rol: redacteur, vertaler or beheerder; talen: the
-- languages a vertaler may edit, comma-separated codes (empty for the other roles). failed_logins and locked_until are
-- the lock-out after repeated wrong passwords.
CREATE TABLE studio_accounts (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    naam TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    rol TEXT NOT NULL,
    talen TEXT NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until TEXT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, naam)
);

-- Every saved text of a template (document x language) of a municipality: a draft now; later sessions publish it
-- (a second person approves it, with the date from which it applies) and roll back to it. A row is never changed
-- but for its state and approval, so each keeps its author, time and comment. state: concept, gepubliceerd,
-- vervangen (superseded by a later publication).
CREATE TABLE template_versions (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    document TEXT NOT NULL,
    taal TEXT NOT NULL,
    tekst TEXT NOT NULL,
    state TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES studio_accounts (id),
    created_at TEXT NOT NULL,
    comment TEXT NOT NULL,
    approved_by TEXT NULL REFERENCES studio_accounts (id),
    approved_at TEXT NULL,
    valid_from TEXT NULL
);

CREATE INDEX template_versions_tenant_document ON template_versions (tenant_id, document, taal, created_at);
