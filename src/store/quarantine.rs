//! Stored text this app cannot read (a damaged SKP, index or history; data from a newer
//! version) is set aside under a quarantine key, untouched, for the person to download or
//! give up. It is copied before it is removed: if the copy does not fit, the text stays where
//! it was, and the library never writes over it.

use super::backend::{Backend, StoreError};
use super::keys;
use super::library::Library;
use crate::domain::{import, FileError};
use serde::{Deserialize, Serialize};

/// Stored text that could not be read, kept aside untouched.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// The quarantine key that holds it.
    pub key: String,
    /// The key it was found under.
    pub found_under: String,
    /// When it was set aside.
    pub found_at: String,
    /// The text exactly as it was stored.
    pub text: String,
    /// Why it could not be read; `None` when it reads but did not belong under its key
    /// (e.g. a backup or another SKP's data written there by hand).
    pub error: Option<FileError>,
}

#[derive(Serialize, Deserialize)]
struct QuarantineRecord {
    found_under: String,
    found_at: String,
    text: String,
}

impl<B: Backend> Library<B> {
    /// Moves unreadable text under a quarantine key. If even that copy cannot be written the
    /// text stays where it was: it is never removed before its copy exists.
    pub(super) fn set_aside(&mut self, key: &str, text: &str, now: &str) -> Result<(), StoreError> {
        let record = QuarantineRecord {
            found_under: key.to_owned(),
            found_at: now.to_owned(),
            text: text.to_owned(),
        };
        let taken = self.backend.keys(keys::QUARANTINE)?;
        let target = (1..)
            .map(keys::quarantine)
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_else(|| keys::quarantine(0));
        let record = serde_json::to_string(&record).unwrap_or_default();
        self.backend.set(&target, &record)?;
        self.backend.remove(key)?;
        self.left_in_place.remove(key);
        Ok(())
    }

    /// Everything set aside, oldest first, with why it could not be read.
    pub fn quarantined(&self) -> Result<Vec<Quarantined>, StoreError> {
        let mut found = Vec::new();
        for key in self.backend.keys(keys::QUARANTINE)? {
            let Some(text) = self.backend.get(&key)? else {
                continue;
            };
            let Ok(record) = serde_json::from_str::<QuarantineRecord>(&text) else {
                continue;
            };
            let error = import(&record.text).err();
            found.push(Quarantined {
                key,
                found_under: record.found_under,
                found_at: record.found_at,
                text: record.text,
                error,
            });
        }
        found.sort_by(|a, b| a.found_at.cmp(&b.found_at).then(a.key.cmp(&b.key)));
        Ok(found)
    }

    /// Removes a quarantined text, after the person has downloaded or given it up.
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), StoreError> {
        if key.starts_with(keys::QUARANTINE) {
            self.backend.remove(key)?;
        }
        Ok(())
    }
}
