//! The library: every SKP kept on this device, one key per SKP in the file format's envelope,
//! an index of their order, a history of snapshots per SKP, and a quarantine for stored data
//! this app cannot read. Nothing here ever deletes a person's text without keeping a copy.
//!
//! A full store is not an unavailable one: opening reads every SKP it can whatever fails to
//! be written, and tells what it could not do ([`OpenProblem`]). How much history may take,
//! and what gives way when a write does not fit, is the `room` module's rule.

use super::backend::{Backend, StoreError};
use super::history::{autosnapshot_due, History, Snapshot, SnapshotReason};
use super::keys;
use super::reminder::{export_reminder_due, EXPORT_REMINDER_DAYS};
use super::room::Undo;
use crate::domain::file::baca_dengan_perbaikan;
use crate::domain::operasi::Perbaikan;
use crate::domain::{export_skp_compact, import, FileError, Imported, Skp};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

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

/// What a save did besides saving.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// Saved over the version this tab knew.
    Normally,
    /// Another tab had saved a different version in between, and the two could not be
    /// joined: this tab's version was saved, the other kept as a snapshot.
    OverOtherTab,
    /// Another tab had saved a different version in between; both tabs' changes were joined
    /// ([`crate::domain::gabung`]) and the joined SKP saved (the other tab's version is also
    /// kept as a snapshot). `konflik`: fields both changed, where this tab's value was kept.
    Joined { skp: Box<Skp>, konflik: Vec<String> },
}

/// Something opening could not do, that the person should be told. Opening went on: every
/// readable SKP is open all the same.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenProblem {
    /// Stored text this app cannot read, found under `key`, could not be set aside (`cause`:
    /// usually no room for the copy). It stays under its key, untouched, and the library never
    /// writes over it; a later opening with room sets it aside. `error` says why it cannot be
    /// read, as in [`crate::store::Quarantined`].
    LeftInPlace {
        key: String,
        error: Option<FileError>,
        cause: StoreError,
    },
    /// The index (the order of the SKPs, when each was first kept and last exported) could
    /// not be brought up to date. The SKPs open in the order found; the next save with room
    /// writes it.
    IndexNotSaved { cause: StoreError },
    /// An SKP was stored with what an older version of the app could leave broken (a
    /// reference to a deleted item, a repeated id); it opened repaired. The stored text stays
    /// as it was until the next save, which keeps it in the history first.
    Repaired {
        id: String,
        nama: String,
        perbaikan: Vec<Perbaikan>,
    },
}

/// Joins this tab's `mine` with the other tab's `stored` text, both edited from `known`.
fn join(known: &str, mine: &Skp, stored: &str) -> Option<crate::domain::gabung::Gabungan> {
    let (Ok(Imported::Skp(asal)), Ok(Imported::Skp(lain))) = (import(known), import(stored)) else {
        return None;
    };
    crate::domain::gabung::gabung(&asal, mine, &lain)
}

/// The SKPs of this device.
pub struct Library<B: Backend> {
    pub(super) backend: B,
    /// The text of each SKP as this tab last read or wrote it. A stored text that differs was
    /// written by another tab.
    pub(super) known: BTreeMap<String, String>,
    /// For each SKP this tab saw, when it last kept a snapshot of it (`None`: never), so that
    /// a save decides about an autosave without reading the history. An autosave given up for
    /// lack of room, or put back with a refused save, counts as kept: on a full store it is
    /// tried again ten minutes later, not at every retry of the save.
    pub(super) last_snapshot: BTreeMap<String, Option<String>>,
    /// Keys of unreadable text that could not be set aside. Never written over.
    pub(super) left_in_place: BTreeSet<String>,
    /// Each history as this tab last read or wrote it, taken again only while its stored text
    /// is the same ([`History::is_text`]): keeping a snapshot before a deletion then does not
    /// parse megabytes of earlier snapshots each time.
    pub(super) parsed: RefCell<BTreeMap<String, History>>,
    /// What opening could not do.
    problems: Vec<OpenProblem>,
}

impl<B: Backend> Library<B> {
    /// A library with nothing read yet, for storage known to be empty (memory).
    pub fn empty(backend: B) -> Library<B> {
        Library {
            backend,
            known: BTreeMap::new(),
            last_snapshot: BTreeMap::new(),
            left_in_place: BTreeSet::new(),
            parsed: RefCell::new(BTreeMap::new()),
            problems: Vec::new(),
        }
    }

    /// Opens the library: reads every SKP, and sets aside (never deletes) stored data that is
    /// corrupted or from a newer app, so the rest keeps working. Fails only when storage
    /// cannot be read ([`StoreError::Unavailable`]); a write that fails on the way (a full
    /// store) is noted in [`Library::open_problems`] and opening goes on.
    pub fn open(backend: B, now: &str) -> Result<(Library<B>, Vec<Skp>), StoreError> {
        let mut library = Library::empty(backend);
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
            // An SKP an older version of the app left with a dangling reference or a repeated
            // id opens repaired rather than being set aside; the person is told what changed.
            match baca_dengan_perbaikan(&text) {
                Ok((skp, perbaikan)) if keys::skp(&skp.id) == key => {
                    if !perbaikan.is_empty() {
                        library.problems.push(OpenProblem::Repaired {
                            id: skp.id.clone(),
                            nama: skp.pegawai.nama.clone(),
                            perbaikan,
                        });
                    }
                    library.known.insert(skp.id.clone(), text);
                    skps.push(skp);
                }
                _ => library.set_aside_or_leave(&key, &text, now),
            }
        }
        library.read_histories(now)?;
        // The next save of a repaired SKP keeps the text as it was found in its history.
        let repaired: Vec<String> = library
            .problems
            .iter()
            .filter_map(|p| match p {
                OpenProblem::Repaired { id, .. } => Some(id.clone()),
                _ => None,
            })
            .collect();
        for id in repaired {
            library.last_snapshot.insert(id, None);
        }
        for skp in &skps {
            library.last_snapshot.entry(skp.id.clone()).or_insert(None);
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
        // A damaged index that could not be set aside is not written over.
        if (ids != index.ids || missing_since) && !library.left_in_place.contains(keys::INDEX) {
            if let Err(cause) = library.write_index(&Index { ids, ..index }) {
                library.problems.push(OpenProblem::IndexNotSaved { cause });
            }
        }
        Ok((library, skps))
    }

    /// What opening could not do (empty when all went well), for the person to be told.
    pub fn open_problems(&self) -> &[OpenProblem] {
        &self.problems
    }

    /// Sets unreadable text aside, or notes that it stays where it is.
    fn set_aside_or_leave(&mut self, key: &str, text: &str, now: &str) {
        if let Err(cause) = self.set_aside(key, text, now) {
            self.left_in_place.insert(key.to_owned());
            self.problems.push(OpenProblem::LeftInPlace {
                key: key.to_owned(),
                error: import(text).err(),
                cause,
            });
        }
    }

    /// Reads every history once: notes when each SKP's newest snapshot was kept, and sets
    /// damaged histories aside so that no snapshot is ever written over them.
    fn read_histories(&mut self, now: &str) -> Result<(), StoreError> {
        for key in self.backend.keys(keys::HISTORY)? {
            let Some(text) = self.backend.get(&key)? else {
                continue;
            };
            match self.parse_history(&key, &text) {
                Ok(history) => {
                    let id = key.trim_start_matches(keys::HISTORY).to_owned();
                    let latest = history.latest_at().map(str::to_owned);
                    self.last_snapshot.insert(id, latest);
                }
                Err(_) => self.set_aside_or_leave(&key, &text, now),
            }
        }
        Ok(())
    }

    fn read_index(&mut self, now: &str) -> Result<Index, StoreError> {
        let Some(text) = self.backend.get(keys::INDEX)? else {
            return Ok(Index::default());
        };
        match serde_json::from_str(&text) {
            Ok(index) => Ok(index),
            Err(_) => {
                // The index only orders the SKPs; keep the damaged text and rebuild it.
                self.set_aside_or_leave(keys::INDEX, &text, now);
                Ok(Index::default())
            }
        }
    }

    /// Writes the index as the person's current work: history gives way if it must.
    fn write_index(&mut self, index: &Index) -> Result<(), StoreError> {
        let text = serde_json::to_string(index).unwrap_or_default();
        let mut undo = Undo::default();
        let result = self.write_current(keys::INDEX, &text, None, &mut undo);
        if result.is_err() {
            let _ = undo.roll_back(&mut self.backend);
        }
        result
    }

    /// Changes the index as stored now (another tab may have changed it). A damaged index is
    /// set aside first, never written over; `change` says whether it changed anything.
    fn update_index(
        &mut self,
        now: &str,
        change: impl FnOnce(&mut Index) -> bool,
    ) -> Result<(), StoreError> {
        let mut index = match self.backend.get(keys::INDEX)? {
            None => Index::default(),
            Some(text) => match serde_json::from_str(&text) {
                Ok(index) => index,
                Err(_) => {
                    self.set_aside(keys::INDEX, &text, now)?;
                    Index::default()
                }
            },
        };
        if change(&mut index) {
            self.write_index(&index)?;
        }
        Ok(())
    }

    /// Saves an SKP. If another tab saved a different version since this tab last saw it,
    /// that version is kept as a snapshot first. When storage is full, history gives way in
    /// the order of the `room` module; if that is not enough the save fails with
    /// [`StoreError::Full`], nothing is given up for it, and the caller keeps the work in
    /// memory. An ordinary save reads no history.
    pub fn save(&mut self, skp: &Skp, now: &str) -> Result<Saved, StoreError> {
        let key = keys::skp(&skp.id);
        let mut text = export_skp_compact(skp, now);
        let stored = self.backend.get(&key)?;
        let mut undo = Undo::default();
        let mut keep = None;
        let known = self.known.get(&skp.id).cloned();
        let outcome = match (&stored, known.as_deref()) {
            (Some(stored), known) if known != Some(stored.as_str()) => {
                self.push_snapshot(&skp.id, SnapshotReason::OtherTab, stored, now, &mut undo)?;
                // The other tab's version is in no other place now: it stays.
                keep = Some(keys::history(&skp.id));
                match known.and_then(|known| join(known, skp, stored)) {
                    Some(joined) => {
                        text = export_skp_compact(&joined.skp, now);
                        Saved::Joined {
                            skp: Box::new(joined.skp),
                            konflik: joined.konflik,
                        }
                    }
                    None => Saved::OverOtherTab,
                }
            }
            (Some(stored), _) => {
                if self.autosnapshot_due(&skp.id, now)? {
                    self.push_snapshot(&skp.id, SnapshotReason::Autosave, stored, now, &mut undo)?;
                }
                Saved::Normally
            }
            (None, _) => Saved::Normally,
        };
        if let Err(error) = self.write_current(&key, &text, keep.as_deref(), &mut undo) {
            let _ = undo.roll_back(&mut self.backend);
            return Err(error);
        }
        self.known.insert(skp.id.clone(), text);
        self.left_in_place.remove(&key);
        self.last_snapshot.entry(skp.id.clone()).or_insert(None);
        // Best effort: the SKP is saved, and opening finds it without the index.
        let _ = self.update_index(now, |index| {
            if index.ids.iter().any(|known| known == &skp.id) {
                return false;
            }
            index.ids.push(skp.id.clone());
            index
                .first_saved
                .entry(skp.id.clone())
                .or_insert_with(|| now.to_owned());
            true
        });
        Ok(outcome)
    }

    fn autosnapshot_due(&mut self, id: &str, now: &str) -> Result<bool, StoreError> {
        let latest = match self.last_snapshot.get(id) {
            Some(latest) => latest.clone(),
            // An SKP another tab added: read its history once.
            None => {
                let latest = self.history(id)?.latest_at().map(str::to_owned);
                self.last_snapshot.insert(id.to_owned(), latest.clone());
                latest
            }
        };
        Ok(autosnapshot_due(latest.as_deref(), now))
    }

    /// The index as stored now (another tab may have changed it), or empty if unreadable.
    fn read_index_quiet(&self) -> Result<Index, StoreError> {
        Ok(self
            .backend
            .get(keys::INDEX)?
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default())
    }

    /// Deletes an SKP; its last version stays in its history, restorable. Refused with
    /// `Err(Full)` when that copy cannot be kept.
    pub fn delete(&mut self, id: &str, now: &str) -> Result<(), StoreError> {
        self.snapshot(id, SnapshotReason::Deleted, now)?;
        let key = keys::skp(id);
        self.backend.remove(&key)?;
        self.left_in_place.remove(&key);
        self.known.remove(id);
        // Best effort: opening leaves out an index entry whose SKP is gone.
        let _ = self.update_index(now, |index| {
            let before = index.ids.len();
            index.ids.retain(|known| known != id);
            index.ids.len() != before
        });
        Ok(())
    }

    /// Reads a snapshot back as an SKP (for restoring or previewing it).
    pub fn read_snapshot(snapshot: &Snapshot) -> Result<Skp, FileError> {
        Self::read_text(&snapshot.text)
    }

    /// Reads a stored text back as one SKP: a snapshot's, or that of an entry from a newer
    /// version ([`crate::store::Entry::Newer`]).
    pub fn read_text(text: &str) -> Result<Skp, FileError> {
        match import(text)? {
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
        self.update_index(now, |index| {
            for id in ids {
                index.exported_at.insert(id.clone(), now.to_owned());
            }
            true
        })
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
    use crate::domain::file::JenisBerkas;
    FileError::WrongKind {
        found: JenisBerkas::Cadangan,
        expected: JenisBerkas::Skp,
    }
}
