//! SQLite persistence of the emulator's control plane: every record is one row (kind, id,
//! JSON body). Writes happen in one transaction per API call with `synchronous=FULL`, so a
//! response is only sent for state that is on disk.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use super::records::{Kind, Record};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored record is unreadable: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error(
        "the data dir was written by a newer efsctl (schema {found}, this build knows up to {known}); upgrade efsctl or use another --data-dir"
    )]
    TooNew { found: i64, known: i64 },
}

impl DbError {
    pub fn is_disk_full(&self) -> bool {
        matches!(self, DbError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::DiskFull)
    }
}

/// Schema migrations, applied in order; `PRAGMA user_version` counts how many ran.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
     CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
];

/// One change staged by an API call.
#[derive(Debug, Clone)]
pub enum Change {
    /// Boxed: records are large, deletes are two strings.
    Put(Box<Record>),
    Delete(Kind, String),
}

pub struct Db {
    conn: Connection,
}

impl Db {
    pub fn open(path: &Path) -> Result<Self, DbError> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(DbError::TooNew { found: version, known });
        }
        // Only an upgrade writes: a database already current opens on a full disk, so the
        // daemon can start and serve the removals that free it.
        if version < known {
            let tx = conn.transaction()?;
            for sql in &MIGRATIONS[version as usize..] {
                tx.execute_batch(sql)?;
            }
            tx.pragma_update(None, "user_version", known)?;
            tx.commit()?;
        }
        Ok(Db { conn })
    }

    pub fn load(&self) -> Result<Vec<Record>, DbError> {
        let mut stmt = self.conn.prepare("SELECT body FROM records")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for body in rows {
            out.push(serde_json::from_str(&body?)?);
        }
        Ok(out)
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, DbError> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), DbError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Applies all changes atomically; `replace_all` first wipes every record (reset).
    pub fn apply(&mut self, changes: &[Change], replace_all: bool) -> Result<(), DbError> {
        let tx = self.conn.transaction()?;
        if replace_all {
            tx.execute("DELETE FROM records", [])?;
        }
        {
            let mut put = tx.prepare_cached("INSERT INTO records (kind, id, body) VALUES (?1, ?2, ?3) ON CONFLICT(kind, id) DO UPDATE SET body = excluded.body")?;
            let mut del = tx.prepare_cached("DELETE FROM records WHERE kind = ?1 AND id = ?2")?;
            for change in changes {
                match change {
                    Change::Put(record) => {
                        let (kind, id) = record.key();
                        put.execute(params![kind.as_str(), id, serde_json::to_string(record)?])?;
                    }
                    Change::Delete(kind, id) => {
                        del.execute(params![kind.as_str(), id])?;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_a_current_database_writes_nothing() {
        // So the daemon starts on a full disk and can serve the removals that free it.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        drop(Db::open(&path).unwrap());
        let before = std::fs::read(&path).unwrap();
        drop(Db::open(&path).unwrap());
        assert!(std::fs::read(&path).unwrap() == before, "a second open changed the database");
    }
}
