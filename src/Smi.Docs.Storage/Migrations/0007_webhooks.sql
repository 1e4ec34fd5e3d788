-- A tenant's webhook (docs/server.md "Aanvraagformulier online"): when a parent sends an application the service POSTs a
-- small notice (type, id, gemeente, ontvangen; never answers or case data) to url, signed with HMAC-SHA256 under secret.
-- The secret is kept as it is (not hashed like an API key): the service needs it to sign. One webhook per tenant; set
-- again (smi-docs tenants webhook) it replaces the url and secret.
CREATE TABLE webhooks (
    tenant_id TEXT NOT NULL PRIMARY KEY REFERENCES tenants (id),
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
);
