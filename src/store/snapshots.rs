//! Keeping snapshots, and writing when the store is full: the library's side of the `room`
//! rule. Every write here either succeeds or leaves the store as it was.

use super::backend::{stored_len, Backend, StoreError};
use super::history::{DamagedHistory, History, Snapshot, SnapshotReason};
use super::keys;
use super::library::Library;
use super::room::{Claim, Histories, Undo, HISTORY_BUDGET, STORE_SIZE};
use std::collections::BTreeSet;

/// What is stored on this origin, in UTF-16 code units of keys plus values (as browsers count
/// their quota), so the person can see how much room is left before it runs out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// The current SKPs and the index.
    pub skps: usize,
    /// Every history, deleted SKPs' included.
    pub history: usize,
    /// Data set aside because it could not be read.
    pub quarantine: usize,
    /// Everything else on this origin (the open SKP, the language, other pages' data).
    pub other: usize,
}

impl Usage {
    pub fn total(&self) -> usize {
        self.skps + self.history + self.quarantine + self.other
    }

    /// About how much room is left. Browsers do not tell; this assumes the usual
    /// [`STORE_SIZE`], so treat it as an estimate (a write may still be refused sooner).
    pub fn free_estimate(&self) -> usize {
        STORE_SIZE.saturating_sub(self.total())
    }

    /// What history may still take before older snapshots give way ([`HISTORY_BUDGET`]).
    pub fn history_room(&self) -> usize {
        HISTORY_BUDGET.saturating_sub(self.history)
    }
}

impl<B: Backend> Library<B> {
    /// What is stored, by kind. Reads every key once: cheap enough for the library page or
    /// before a large import, not for every keystroke.
    pub fn usage(&self) -> Result<Usage, StoreError> {
        let mut usage = Usage::default();
        for key in self.backend.keys("")? {
            let Some(text) = self.backend.get(&key)? else {
                continue;
            };
            let units = stored_len(&key) + stored_len(&text);
            let kind = if key.starts_with(keys::SKP) || key == keys::INDEX {
                &mut usage.skps
            } else if key.starts_with(keys::HISTORY) {
                &mut usage.history
            } else if key.starts_with(keys::QUARANTINE) {
                &mut usage.quarantine
            } else {
                &mut usage.other
            };
            *kind += units;
        }
        Ok(usage)
    }

    /// Every readable history, to choose what gives way; `target` is the history being
    /// written, as it will be.
    fn load_histories(&self, target: Option<(&str, History)>) -> Result<Histories, StoreError> {
        let current: BTreeSet<String> = self
            .backend
            .keys(keys::SKP)?
            .into_iter()
            .filter(|key| !self.left_in_place.contains(key))
            .collect();
        let mut histories = Histories::default();
        for key in self.backend.keys(keys::HISTORY)? {
            if target.as_ref().is_some_and(|(target, _)| *target == key) {
                continue;
            }
            let Some(text) = self.backend.get(&key)? else {
                continue;
            };
            // A damaged history is not this version's to shorten.
            let Ok(history) = self.parse_history(&key, &text) else {
                continue;
            };
            let id = key.trim_start_matches(keys::HISTORY);
            let only_copy = !current.contains(&keys::skp(id));
            histories.add_stored(key, history, text, only_copy);
        }
        if let Some((key, history)) = target {
            histories.add_target(key.to_owned(), history);
        }
        Ok(histories)
    }

    /// Writes the person's current work (an SKP, the index). While the store is full, history
    /// gives way for it as a [`Claim::Current`]; `keep` names a history whose newest snapshot
    /// stays. On failure the caller rolls `undo` back.
    pub(super) fn write_current(
        &mut self,
        key: &str,
        text: &str,
        keep: Option<&str>,
        undo: &mut Undo,
    ) -> Result<(), StoreError> {
        let mut histories: Option<Histories> = None;
        loop {
            match self.backend.set(key, text) {
                Err(StoreError::Full) => {}
                other => return other,
            }
            let set = match histories.as_mut() {
                Some(set) => set,
                None => histories.insert(self.load_histories(None)?),
            };
            let victim = set.victim(Claim::Current, keep).ok_or(StoreError::Full)?;
            set.give_way(victim);
            set.write_changed(&mut self.backend, undo)?;
        }
    }

    /// The snapshots of an SKP, newest first. Also available after the SKP was deleted.
    /// A damaged history reads as empty here; it is set aside, never written over.
    pub fn history(&self, id: &str) -> Result<History, StoreError> {
        Ok(self
            .backend
            .get(&keys::history(id))?
            .and_then(|text| self.parse_history(&keys::history(id), &text).ok())
            .unwrap_or_default())
    }

    /// Reads the stored history `text` of `key`, or takes the copy parsed before when the
    /// text is still the same.
    pub(super) fn parse_history(&self, key: &str, text: &str) -> Result<History, DamagedHistory> {
        if let Some(known) = self.parsed.borrow().get(key) {
            if known.is_text(text) {
                return Ok(known.clone());
            }
        }
        let history = History::parse(text)?;
        self.parsed
            .borrow_mut()
            .insert(key.to_owned(), history.clone());
        Ok(history)
    }

    /// Adds a snapshot, within the history budget and making room as the `room` module says.
    /// An autosave that does not fit is given up (`Ok`); any other snapshot that does not fit
    /// is `Err(Full)`, since it holds a version that is about to be replaced. Either way,
    /// whatever gave way for a snapshot that was not kept is put back. On success what changed
    /// is added to `undo`, for the caller to put back if its next step fails.
    pub(super) fn push_snapshot(
        &mut self,
        id: &str,
        reason: SnapshotReason,
        text: &str,
        now: &str,
        undo: &mut Undo,
    ) -> Result<(), StoreError> {
        let routine = reason.is_routine();
        let claim = if routine {
            Claim::Routine
        } else {
            Claim::Promised
        };
        let given_up = |error: StoreError| match error {
            StoreError::Full if routine => Ok(()),
            error => Err(error),
        };
        let key = keys::history(id);
        let mut stored = self.backend.get(&key)?;
        let mut history = match stored.as_deref().map(|text| self.parse_history(&key, text)) {
            None => History::default(),
            Some(Ok(history)) => history,
            Some(Err(_)) => {
                // Never written over: set aside first, or keep nothing.
                let damaged = stored.take().unwrap_or_default();
                if let Err(error) = self.set_aside(&key, &damaged, now) {
                    self.left_in_place.insert(key.clone());
                    self.note_snapshot_tried(id, routine, now);
                    return given_up(error);
                }
                History::default()
            }
        };
        history.push(Snapshot {
            at: now.to_owned(),
            reason,
            text: text.to_owned(),
        });
        let mut histories = self.load_histories(Some((&key, history)))?;
        while histories.units() > HISTORY_BUDGET {
            let Some(victim) = histories.victim(claim, None) else {
                break;
            };
            histories.give_way(victim);
        }
        if routine && histories.units() > HISTORY_BUDGET {
            // Only promised snapshots could make room for it: it is not kept.
            self.note_snapshot_tried(id, routine, now);
            return Ok(());
        }
        let mut own = Undo::default();
        own.record(&key, stored);
        match self.write_history(&key, &mut histories, claim, &mut own) {
            Ok(()) => {
                if let Some(written) = histories.target() {
                    self.parsed
                        .borrow_mut()
                        .insert(key.clone(), written.clone());
                }
                undo.absorb(own);
                self.last_snapshot
                    .insert(id.to_owned(), Some(now.to_owned()));
                Ok(())
            }
            Err(error) => {
                own.roll_back(&mut self.backend)?;
                self.note_snapshot_tried(id, routine, now);
                given_up(error)
            }
        }
    }

    /// Notes an autosave given up, so that the next try waits its ten minutes.
    fn note_snapshot_tried(&mut self, id: &str, routine: bool, now: &str) {
        if routine {
            self.last_snapshot
                .insert(id.to_owned(), Some(now.to_owned()));
        }
    }

    /// Stores the histories that gave way, then the target history, making more room from
    /// older snapshots while the store is full.
    fn write_history(
        &mut self,
        key: &str,
        histories: &mut Histories,
        claim: Claim,
        undo: &mut Undo,
    ) -> Result<(), StoreError> {
        histories.write_changed(&mut self.backend, undo)?;
        loop {
            match self.backend.set(key, &histories.target_text()) {
                Err(StoreError::Full) => {}
                other => return other,
            }
            let victim = histories.victim(claim, None).ok_or(StoreError::Full)?;
            histories.give_way(victim);
            histories.write_changed(&mut self.backend, undo)?;
        }
    }

    /// Keeps the stored version of an SKP as a snapshot before a destructive change
    /// (deleting an RHK, replacing it by an import, restoring an older version). `Ok` when it
    /// is kept (or nothing is stored to keep); `Err(Full)` when it does not fit even after
    /// older snapshots gave way, and then nothing was given up: the caller should not go on
    /// with the change without asking. (`Autosave` is never promised: given up, it is `Ok`.)
    pub fn snapshot(
        &mut self,
        id: &str,
        reason: SnapshotReason,
        now: &str,
    ) -> Result<(), StoreError> {
        match self.backend.get(&keys::skp(id))? {
            Some(text) => self.push_snapshot(id, reason, &text, now, &mut Undo::default()),
            None => Ok(()),
        }
    }

    /// SKPs that were deleted (or whose stored text cannot be read) and still have a history
    /// to restore from: (id, last snapshot this version reads).
    pub fn deleted(&self) -> Result<Vec<(String, Snapshot)>, StoreError> {
        let mut found = Vec::new();
        for key in self.backend.keys(keys::HISTORY)? {
            let id = key.trim_start_matches(keys::HISTORY).to_owned();
            let skp_key = keys::skp(&id);
            if self.backend.get(&skp_key)?.is_some() && !self.left_in_place.contains(&skp_key) {
                continue;
            }
            if let Some(latest) = self.history(&id)?.latest() {
                found.push((id, latest.clone()));
            }
        }
        Ok(found)
    }
}
