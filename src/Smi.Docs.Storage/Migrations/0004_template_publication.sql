-- Publishing studio texts (issue 16 point 5). Portable SQL as in 0001.

-- The published template versions a render used (template_versions.id, comma-separated, in document/language order);
-- NULL when the tenant's file set was used as it is, and for rows written before this migration.
ALTER TABLE audit_entries ADD COLUMN sjabloonversies TEXT NULL;

-- Every render asks which published versions of its tenant apply on its date: this index answers without the texts.
CREATE INDEX template_versions_tenant_state ON template_versions (tenant_id, state, document, taal);
