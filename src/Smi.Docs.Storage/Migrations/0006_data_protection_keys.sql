-- ASP.NET Core Data Protection's key ring, one for every instance on this database: the keys that protect the studio's
-- and the online form's sign-in cookies and anti-forgery tokens. Kept per machine (the default), each instance, and each
-- restart of a container, would make keys of its own, and a cookie from one would be refused by the next. id: the
-- key's friendly name (key-<guid>); xml: the key as Data Protection writes it.
CREATE TABLE data_protection_keys (
    id TEXT NOT NULL PRIMARY KEY,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);
