-- Batches sent to the service (POST /api/v1/batches, docs/server.md "Batches"). Several service instances on one
-- database share a batch's items, so everything an instance needs to make an item, and everything it made, lives here.
-- Output files are kept until bewaren_tot (the retention period) and then removed with their batch.
CREATE TABLE batches (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    key_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    bewaren_tot TEXT NOT NULL,
    document TEXT NULL,
    taal TEXT NOT NULL,
    formaten TEXT NOT NULL,
    totaal INTEGER NOT NULL,
    -- 1 once every job of the batch is in the queue; a batch left at 0 (its instance died in between) is queued by a sweep.
    ingepland INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX batches_tenant_created ON batches (tenant_id, created_at);

-- One row per input line. invoer holds the case (personal data) only until the item is made or refused, then it is
-- emptied. bezig_door names the instance that took the item last; gemaakt_door the one whose result counted. The
-- state changes from 'wacht' exactly once (UPDATE … WHERE status = 'wacht'), so an item made twice after a crash
-- is recorded once.
CREATE TABLE batch_items (
    batch_id TEXT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    naam TEXT NOT NULL,
    bron TEXT NOT NULL,
    invoer BYTEA NULL,
    probleem TEXT NULL,
    status TEXT NOT NULL,
    kenmerk TEXT NULL,
    document TEXT NULL,
    taal TEXT NULL,
    meldingen TEXT NULL,
    bezig_door TEXT NULL,
    gemaakt_door TEXT NULL,
    gemaakt_at TEXT NULL,
    PRIMARY KEY (batch_id, ordinal)
);

CREATE TABLE batch_files (
    batch_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    naam TEXT NOT NULL,
    inhoud BYTEA NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    paginas INTEGER NULL,
    PRIMARY KEY (batch_id, ordinal, naam),
    FOREIGN KEY (batch_id, ordinal) REFERENCES batch_items (batch_id, ordinal) ON DELETE CASCADE
);
