//! The library: every SKP kept on this device, one key per SKP in the file format's envelope,
//! an index of their order, a history of snapshots per SKP, and a quarantine for stored data
//! this app cannot read. Nothing here ever deletes a person's text without keeping a copy.

use super::backend::{Backend, StoreError};
use super::history::{History, Snapshot, SnapshotReason};
use super::keys;
use super::reminder::{export_reminder_due, EXPORT_REMINDER_DAYS};
use crate::domain::{export_skp_compact, import, FileError, Imported, Skp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The order of the SKPs and when each was last exported. Derived data: if it is lost or
/// damaged it is rebuilt from the SKP keys.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    ids: Vec<String>,
    #[serde(default)]
    exported_at: BTreeMap<String, String>,
    /// When each SKP was first kept here: the export reminder counts from it until the first
    /// export.
    #[serde(default)]
    first_saved: BTreeMap<String, String>,
}

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

/// What a save did besides saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Saved over the version this tab knew.
    Normally,
    /// Another tab had saved a different version in between: it was kept as a snapshot.
    OverOtherTab,
}

/// The SKPs of this device.
pub struct Library<B: Backend> {
    backend: B,
    /// The text of each SKP as this tab last read or wrote it. A stored text that differs was
    /// written by another tab.
    known: BTreeMap<String, String>,
}

impl<B: Backend> Library<B> {
    /// A library with nothing read yet, for storage known to be empty (memory).
    pub fn empty(backend: B) -> Library<B> {
        Library {
            backend,
            known: BTreeMap::new(),
        }
    }

    /// Opens the library: reads every SKP, and sets aside (never deletes) stored data that is
    /// corrupted or from a newer app, so the rest keeps working.
    pub fn open(backend: B, now: &str) -> Result<(Library<B>, Vec<Skp>), StoreError> {
        let mut library = Library {
            backend,
            known: BTreeMap::new(),
        };
        let index = library.read_index(now)?;
        let mut found = library.backend.keys(keys::SKP)?;
        found.sort();
        let mut ordered: Vec<String> = index
            .ids
            .iter()
            .map(|id| keys::skp(id))
            .filter(|key| found.contains(key))
            .collect();
        let unindexed: Vec<String> = found
            .into_iter()
            .filter(|key| !ordered.contains(key))
            .collect();
        ordered.extend(unindexed);

        let mut skps = Vec::new();
        for key in ordered {
            let Some(text) = library.backend.get(&key)? else {
                continue;
            };
            match import(&text) {
                Ok(Imported::Skp(skp)) if keys::skp(&skp.id) == key => {
                    library.known.insert(skp.id.clone(), text);
                    skps.push(skp);
                }
                _ => library.quarantine(&key, &text, now)?,
            }
        }
        let ids: Vec<String> = skps.iter().map(|skp| skp.id.clone()).collect();
        // An SKP found without an index entry (rebuilt or older index) counts for the export
        // reminder from now on, rather than never.
        let mut index = index;
        let missing_since = ids.iter().any(|id| !index.first_saved.contains_key(id));
        for id in &ids {
            index
                .first_saved
                .entry(id.clone())
                .or_insert_with(|| now.to_owned());
        }
        if ids != index.ids || missing_since {
            library.write_index(&Index { ids, ..index })?;
        }
        Ok((library, skps))
    }

    fn read_index(&mut self, now: &str) -> Result<Index, StoreError> {
        let Some(text) = self.backend.get(keys::INDEX)? else {
            return Ok(Index::default());
        };
        match serde_json::from_str(&text) {
            Ok(index) => Ok(index),
            Err(_) => {
                // The index only orders the SKPs; keep the damaged text and rebuild it.
                self.quarantine(keys::INDEX, &text, now)?;
                Ok(Index::default())
            }
        }
    }

    fn write_index(&mut self, index: &Index) -> Result<(), StoreError> {
        let text = serde_json::to_string(index).unwrap_or_default();
        self.write_making_room(keys::INDEX, &text)
    }

    /// Moves unreadable text under a quarantine key. If even that copy cannot be written the
    /// text stays where it was: it is never removed before its copy exists.
    fn quarantine(&mut self, key: &str, text: &str, now: &str) -> Result<(), StoreError> {
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
        self.backend.remove(key)
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

    /// Saves an SKP. If another tab saved a different version since this tab last saw it,
    /// that version is kept as a snapshot first. When storage is full, old snapshots are
    /// dropped (oldest first) to make room; if that is not enough the save fails with
    /// [`StoreError::Full`] and the caller keeps the work in memory.
    pub fn save(&mut self, skp: &Skp, now: &str) -> Result<Saved, StoreError> {
        let key = keys::skp(&skp.id);
        let text = export_skp_compact(skp, now);
        let stored = self.backend.get(&key)?;
        let outcome = match (&stored, self.known.get(&skp.id)) {
            (Some(stored), known) if known != Some(stored) => {
                self.push_snapshot(&skp.id, SnapshotReason::OtherTab, stored, now)?;
                Saved::OverOtherTab
            }
            (Some(stored), _) => {
                if self.history(&skp.id)?.due_for_autosnapshot(now) {
                    self.push_snapshot(&skp.id, SnapshotReason::Autosave, stored, now)?;
                }
                Saved::Normally
            }
            (None, _) => Saved::Normally,
        };
        self.write_making_room(&key, &text)?;
        self.known.insert(skp.id.clone(), text);
        self.ensure_indexed(&skp.id, now)?;
        Ok(outcome)
    }

    fn ensure_indexed(&mut self, id: &str, now: &str) -> Result<(), StoreError> {
        let mut index = self.read_index_quiet()?;
        if !index.ids.iter().any(|known| known == id) {
            index.ids.push(id.to_owned());
            index
                .first_saved
                .entry(id.to_owned())
                .or_insert_with(|| now.to_owned());
            self.write_index(&index)?;
        }
        Ok(())
    }

    /// The index as stored now (another tab may have changed it), or empty if unreadable.
    fn read_index_quiet(&self) -> Result<Index, StoreError> {
        Ok(self
            .backend
            .get(keys::INDEX)?
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default())
    }

    /// Writes, dropping the oldest snapshots of any SKP while storage is full.
    fn write_making_room(&mut self, key: &str, text: &str) -> Result<(), StoreError> {
        loop {
            match self.backend.set(key, text) {
                Err(StoreError::Full) => {
                    if !self.drop_oldest_snapshot(None)? {
                        return Err(StoreError::Full);
                    }
                }
                other => return other,
            }
        }
    }

    /// Drops the oldest snapshot of all histories except `except`; false if there was none.
    fn drop_oldest_snapshot(&mut self, except: Option<&str>) -> Result<bool, StoreError> {
        let mut oldest: Option<(String, String)> = None;
        for key in self.backend.keys(keys::HISTORY)? {
            if Some(key.as_str()) == except {
                continue;
            }
            let history = History::parse(self.backend.get(&key)?.as_deref());
            if let Some(at) = history.oldest_at() {
                if oldest.as_ref().is_none_or(|(_, best)| at < best.as_str()) {
                    oldest = Some((key, at.to_owned()));
                }
            }
        }
        let Some((key, _)) = oldest else {
            return Ok(false);
        };
        let mut history = History::parse(self.backend.get(&key)?.as_deref());
        history.drop_oldest();
        if history.is_empty() {
            self.backend.remove(&key)?;
        } else {
            self.backend.set(&key, &history.to_text())?;
        }
        Ok(true)
    }

    /// The snapshots of an SKP, newest first. Also available after the SKP was deleted.
    pub fn history(&self, id: &str) -> Result<History, StoreError> {
        Ok(History::parse(
            self.backend.get(&keys::history(id))?.as_deref(),
        ))
    }

    /// Adds a snapshot. When storage is full, older snapshots (of other SKPs first, then of
    /// this one) give way. An autosave snapshot is skipped if even that is not enough; any
    /// other is required, since it holds a version that is about to be replaced.
    fn push_snapshot(
        &mut self,
        id: &str,
        reason: SnapshotReason,
        text: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        let key = keys::history(id);
        let mut history = self.history(id)?;
        history.push(Snapshot {
            at: now.to_owned(),
            reason,
            text: text.to_owned(),
        });
        loop {
            match self.backend.set(&key, &history.to_text()) {
                Err(StoreError::Full) => {
                    if self.drop_oldest_snapshot(Some(&key))? {
                        continue;
                    }
                    if history.len() > 1 {
                        history.drop_oldest();
                        continue;
                    }
                    return match reason {
                        SnapshotReason::Autosave => Ok(()),
                        _ => Err(StoreError::Full),
                    };
                }
                other => return other,
            }
        }
    }

    /// Keeps the stored version of an SKP as a snapshot before a destructive change
    /// (deleting an RHK, replacing it by an import, restoring an older version).
    pub fn snapshot(
        &mut self,
        id: &str,
        reason: SnapshotReason,
        now: &str,
    ) -> Result<(), StoreError> {
        match self.backend.get(&keys::skp(id))? {
            Some(text) => self.push_snapshot(id, reason, &text, now),
            None => Ok(()),
        }
    }

    /// Deletes an SKP; its last version stays in its history, restorable.
    pub fn delete(&mut self, id: &str, now: &str) -> Result<(), StoreError> {
        self.snapshot(id, SnapshotReason::Deleted, now)?;
        self.backend.remove(&keys::skp(id))?;
        self.known.remove(id);
        let mut index = self.read_index_quiet()?;
        index.ids.retain(|known| known != id);
        self.write_index(&index)
    }

    /// SKPs that were deleted and still have a history to restore from: (id, last snapshot).
    pub fn deleted(&self) -> Result<Vec<(String, Snapshot)>, StoreError> {
        let mut found = Vec::new();
        for key in self.backend.keys(keys::HISTORY)? {
            let id = key.trim_start_matches(keys::HISTORY).to_owned();
            if self.backend.get(&keys::skp(&id))?.is_some() {
                continue;
            }
            if let Some(latest) = self.history(&id)?.latest() {
                found.push((id, latest.clone()));
            }
        }
        Ok(found)
    }

    /// Reads a snapshot back as an SKP (for restoring or previewing it).
    pub fn read_snapshot(snapshot: &Snapshot) -> Result<Skp, FileError> {
        match import(&snapshot.text)? {
            Imported::Skp(skp) => Ok(skp),
            Imported::Backup(_) => Err(not_one_skp()),
        }
    }

    /// Reads the stored version of an SKP if another tab changed it since this tab last saw
    /// it (`storage` event). `Ok(None)` when nothing changed or it was deleted.
    pub fn reload(&mut self, id: &str) -> Result<Option<Skp>, FileError> {
        let Ok(Some(text)) = self.backend.get(&keys::skp(id)) else {
            return Ok(None);
        };
        if self.known.get(id) == Some(&text) {
            return Ok(None);
        }
        match import(&text)? {
            Imported::Skp(skp) => {
                self.known.insert(id.to_owned(), text);
                Ok(Some(skp))
            }
            Imported::Backup(_) => Err(not_one_skp()),
        }
    }

    /// Notes that these SKPs were exported now (for the export reminder).
    pub fn mark_exported(&mut self, ids: &[String], now: &str) -> Result<(), StoreError> {
        let mut index = self.read_index_quiet()?;
        for id in ids {
            index.exported_at.insert(id.clone(), now.to_owned());
        }
        self.write_index(&index)
    }

    /// True when the SKP has not been exported for [`EXPORT_REMINDER_DAYS`] (or ever, and was
    /// first kept that long ago).
    pub fn export_reminder_due(&self, id: &str, now: &str) -> Result<bool, StoreError> {
        let index = self.read_index_quiet()?;
        let first_saved = index.first_saved.get(id).map_or(now, String::as_str);
        Ok(export_reminder_due(
            index.exported_at.get(id).map(String::as_str),
            first_saved,
            now,
            EXPORT_REMINDER_DAYS,
        ))
    }

    /// Remembers which SKP is open, so a reload reopens it. Best effort: a failure only
    /// means the first SKP opens after a reload.
    pub fn remember_open(&mut self, id: Option<&str>) {
        let _ = match id {
            Some(id) => self.backend.set(keys::OPEN, id),
            None => self.backend.remove(keys::OPEN),
        };
    }

    /// The SKP that was open last, if it still exists.
    pub fn last_open(&self) -> Option<String> {
        let id = self.backend.get(keys::OPEN).ok()??;
        self.known.contains_key(&id).then_some(id)
    }

    /// The stored text of an SKP, as this tab knows it (for size reports).
    pub fn stored_text(&self, id: &str) -> Option<&str> {
        self.known.get(id).map(String::as_str)
    }
}

/// A backup found where one SKP was expected.
fn not_one_skp() -> FileError {
    FileError::OtherFormat {
        format: crate::domain::file::FORMAT_BACKUP.to_owned(),
    }
}
