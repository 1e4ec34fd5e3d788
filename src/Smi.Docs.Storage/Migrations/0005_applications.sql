-- Applications parents fill in online (/formulier/{gemeente}, docs/server.md "Aanvraagformulier online"). A row is a
-- draft ('concept') while the parent fills it in, saved on every page; 'nieuw' once sent, until the municipality takes it
-- ('afgenomen', POST /api/v1/aanvragen/{id}/afgenomen), when the BSNs leave antwoorden (basislijn 13: minimal data).
-- code_hash is the SHA-256 of the resume code the parent keeps (never the code itself); the code resumes a draft only.
-- antwoorden (what the parent typed) and zaak (the case for the municipality's system) are personal data: no log line
-- names them.
CREATE TABLE applications (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    code_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    taal TEXT NOT NULL,
    antwoorden TEXT NOT NULL,
    zaak TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ontvangen_at TEXT NULL,
    afgenomen_at TEXT NULL
);

CREATE INDEX applications_tenant_status ON applications (tenant_id, status, ontvangen_at);
