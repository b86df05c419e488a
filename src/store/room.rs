//! Room in storage: how much history may take, and what gives way, in which order, when a
//! write does not fit.
//!
//! # Why a budget
//!
//! `localStorage` holds about 5 MiB per origin; Chromium counts [`STORE_SIZE`] = 5,000,000
//! UTF-16 code units of keys plus values. The benchmark's large SKP (50 RHK, 150 IKI,
//! 12 monthly periods, 1,800 realisasi) takes 576,170 units as stored, and 645,076 as a
//! snapshot, since its text is escaped inside the history's JSON. Twenty-five snapshots of it
//! ([`MAX_SNAPSHOTS`]) would take 16 million units, three stores' worth. The example SKP takes
//! 11,050 units (12,352 as a snapshot), so its 25 snapshots take about 310,000.
//!
//! # The rule
//!
//! - All histories together keep within [`HISTORY_BUDGET`] = 2,000,000 units, 40 % of the
//!   store. At least 3,000,000 units, five large SKPs or some 270 of the example's size, stay
//!   for the current SKPs, the index and the set-aside data. Within the budget a large SKP
//!   keeps 3 snapshots, and up to six SKPs of the example's size keep all 25.
//! - Over the budget, the largest history gives way first, so each SKP in effect keeps an
//!   equal share: first its oldest autosave, then (when it has no older autosave left) its
//!   oldest snapshot kept before a destructive action, of another tab's version, or from a
//!   newer version of the app. A history always keeps its newest snapshot.
//! - An autosave that would fit only by pushing out a snapshot kept before a destructive
//!   action is not kept: routine history never displaces a promised one. A promised snapshot
//!   (before a deletion, an import, a restore; another tab's version) is kept even over the
//!   budget when nothing but newest snapshots is left to give.
//! - When the store itself is full, a current SKP's save (and the index) takes room from
//!   history in the same order, and once no history has an older snapshot left, from the
//!   newest snapshots too (the largest history's first). Never from the only copy of a
//!   deleted SKP (its newest snapshot), nor from the other tab's version that the save is
//!   about to replace. A snapshot takes room only from older snapshots; history never takes
//!   room from an SKP.
//! - All or nothing: whatever gave way for a write that still fails is written back (an undo
//!   log), so a refused write loses nothing.
//!
//! Why not deltas: the stored envelope is one line of compact JSON whose `written_at` changes
//! with every save, so cheap diffs (by line, by common prefix and suffix) save little, and a
//! chain of deltas makes every snapshot depend on the next one: one damaged entry would lose
//! all older versions. A budget keeps each snapshot whole and readable on its own.
//!
//! [`MAX_SNAPSHOTS`]: super::MAX_SNAPSHOTS

use super::backend::{stored_len, Backend, StoreError};
use super::history::History;
use chrono::{DateTime, Utc};
use std::cmp::Reverse;

/// What `localStorage` holds per origin in Chromium, in UTF-16 code units of keys plus values
/// (Firefox and Safari allow about as much). The app cannot ask the browser; this is the
/// figure the budget is planned against.
pub const STORE_SIZE: usize = 5_000_000;

/// What all histories together may take, in UTF-16 code units of keys plus values: 40 % of
/// [`STORE_SIZE`]. See the module documentation for why.
pub const HISTORY_BUDGET: usize = 2_000_000;

/// Who needs the room, which decides what may give way for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Claim {
    /// An autosave snapshot: only older autosaves give way.
    Routine,
    /// A snapshot that was promised: older snapshots give way, never a history's newest.
    Promised,
    /// The person's current work (an SKP, the index): any snapshot but the only copy of a
    /// deleted SKP.
    Current,
}

/// The keys one operation changed, each with its value from before, so that an operation
/// that fails half-way can put everything back.
#[derive(Debug, Default)]
pub(super) struct Undo {
    before: Vec<(String, Option<String>)>,
}

impl Undo {
    /// Notes `key`'s value before the operation first changes it (later calls for the same
    /// key are ignored: the first value is the one to put back).
    pub fn record(&mut self, key: &str, before: Option<String>) {
        if !self.before.iter().any(|(known, _)| known == key) {
            self.before.push((key.to_owned(), before));
        }
    }

    /// Takes over what another operation recorded, as part of this one.
    pub fn absorb(&mut self, other: Undo) {
        for (key, before) in other.before {
            self.record(&key, before);
        }
    }

    /// Puts every recorded key back. Values that shrink go first, so each write fits: the
    /// store held all the old values together before, and holds no more at any step here.
    pub fn roll_back(self, backend: &mut impl Backend) -> Result<(), StoreError> {
        let mut later = Vec::new();
        for (key, before) in self.before.into_iter().rev() {
            let result = match &before {
                None => backend.remove(&key),
                Some(text) => backend.set(&key, text),
            };
            match result {
                Err(StoreError::Full) => later.push((key, before)),
                other => other?,
            }
        }
        for (key, before) in later {
            if let Some(text) = before {
                backend.set(&key, &text)?;
            }
        }
        Ok(())
    }
}

/// One history, loaded to decide what gives way.
#[derive(Debug)]
struct Loaded {
    key: String,
    history: History,
    /// Its stored text, until it is first changed (then it is in the [`Undo`]).
    stored: Option<String>,
    /// What it takes in storage now.
    units: usize,
    /// Its SKP was deleted (or cannot be read): the newest snapshot is the only copy.
    only_copy: bool,
    /// Being written by the operation itself: changed in memory, stored by the caller.
    target: bool,
    changed: bool,
}

impl Loaded {
    fn measure(&mut self) {
        self.units = stored_len(&self.key) + self.history.stored_units();
    }
}

/// A snapshot chosen to give way: which history, which entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Victim {
    history: usize,
    entry: usize,
}

/// Every readable history of the library, to choose what gives way.
#[derive(Debug, Default)]
pub(super) struct Histories {
    loaded: Vec<Loaded>,
}

impl Histories {
    /// Adds a stored history. `only_copy`: its SKP is not stored (deleted) or cannot be read.
    pub fn add_stored(&mut self, key: String, history: History, text: String, only_copy: bool) {
        let units = stored_len(&key) + stored_len(&text);
        self.loaded.push(Loaded {
            key,
            history,
            stored: Some(text),
            units,
            only_copy,
            target: false,
            changed: false,
        });
    }

    /// Adds the history the operation is writing, as it will be written.
    pub fn add_target(&mut self, key: String, history: History) {
        let mut loaded = Loaded {
            key,
            history,
            stored: None,
            units: 0,
            only_copy: false,
            target: true,
            changed: false,
        };
        loaded.measure();
        self.loaded.push(loaded);
    }

    /// The target history's text as it stands now.
    pub fn target_text(&self) -> String {
        self.target().map(History::to_text).unwrap_or_default()
    }

    /// The target history as it stands now.
    pub fn target(&self) -> Option<&History> {
        self.loaded
            .iter()
            .find(|loaded| loaded.target)
            .map(|loaded| &loaded.history)
    }

    /// What all histories take, as they stand now.
    pub fn units(&self) -> usize {
        self.loaded.iter().map(|loaded| loaded.units).sum()
    }

    /// The snapshot that gives way next for `claim`, in the module's order: the largest
    /// history first, and in it the oldest autosave, then the oldest promised snapshot; a
    /// history's newest snapshot only after every older one of every history. `keep`: a
    /// history whose newest snapshot stays whatever the claim.
    pub fn victim(&self, claim: Claim, keep: Option<&str>) -> Option<Victim> {
        type Rank = (bool, Reverse<usize>, bool, Option<DateTime<Utc>>);
        let mut best: Option<(Rank, Victim)> = None;
        for (h, loaded) in self.loaded.iter().enumerate() {
            let newest = loaded.history.len().checked_sub(1);
            for entry in 0..loaded.history.len() {
                let (routine, at) = loaded.history.describe(entry);
                let is_newest = Some(entry) == newest;
                let allowed = if is_newest {
                    claim == Claim::Current
                        && !loaded.only_copy
                        && !loaded.target
                        && keep != Some(loaded.key.as_str())
                } else {
                    routine || claim > Claim::Routine
                };
                if !allowed {
                    continue;
                }
                let rank = (is_newest, Reverse(loaded.units), !routine, at);
                if best.as_ref().is_none_or(|(b, _)| rank < *b) {
                    best = Some((rank, Victim { history: h, entry }));
                }
            }
        }
        best.map(|(_, victim)| victim)
    }

    /// Drops the victim in memory; [`Histories::write_changed`] stores it.
    pub fn give_way(&mut self, victim: Victim) {
        let loaded = &mut self.loaded[victim.history];
        loaded.history.remove(victim.entry);
        loaded.changed = true;
        loaded.measure();
    }

    /// Stores every changed history but the target. Each only shrinks, so each write fits.
    pub fn write_changed(
        &mut self,
        backend: &mut impl Backend,
        undo: &mut Undo,
    ) -> Result<(), StoreError> {
        for loaded in self.loaded.iter_mut().filter(|l| l.changed && !l.target) {
            if let Some(stored) = loaded.stored.take() {
                undo.record(&loaded.key, Some(stored));
            }
            if loaded.history.is_empty() {
                backend.remove(&loaded.key)?;
            } else {
                backend.set(&loaded.key, &loaded.history.to_text())?;
            }
            loaded.changed = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{MemoryBackend, Snapshot, SnapshotReason};

    fn history(entries: &[(&str, SnapshotReason)]) -> History {
        let mut history = History::default();
        for (at, reason) in entries {
            history.push(Snapshot {
                at: (*at).into(),
                reason: *reason,
                text: "x".repeat(100),
            });
        }
        history
    }

    use SnapshotReason::{Autosave, BeforeDelete};

    fn two_histories(only_copy: bool) -> Histories {
        let mut set = Histories::default();
        let small = history(&[("2026-01-01T00:00:00Z", BeforeDelete)]);
        let text = small.to_text();
        set.add_stored("h/small".into(), small, text, only_copy);
        let large = history(&[
            ("2026-01-02T00:00:00Z", BeforeDelete),
            ("2026-01-03T00:00:00Z", Autosave),
            ("2026-01-04T00:00:00Z", Autosave),
        ]);
        let text = large.to_text();
        set.add_stored("h/large".into(), large, text, false);
        set
    }

    #[test]
    fn routine_goes_before_promised_before_newest_and_never_an_only_copy() {
        let mut set = two_histories(true);
        let mut order = Vec::new();
        while let Some(victim) = set.victim(Claim::Current, None) {
            let (routine, at) = set.loaded[victim.history].history.describe(victim.entry);
            order.push((set.loaded[victim.history].key.clone(), routine, at.unwrap()));
            set.give_way(victim);
        }
        let day = |d: u32| {
            DateTime::parse_from_rfc3339(&format!("2026-01-0{d}T00:00:00Z"))
                .unwrap()
                .with_timezone(&Utc)
        };
        assert_eq!(
            order,
            [
                ("h/large".to_owned(), true, day(3)),
                ("h/large".to_owned(), false, day(2)),
                ("h/large".to_owned(), true, day(4)),
            ],
            "the deleted SKP's only copy stays"
        );
    }

    #[test]
    fn a_claim_takes_only_what_it_may() {
        let set = two_histories(false);
        let victim = set.victim(Claim::Routine, None).unwrap();
        assert_eq!(set.loaded[victim.history].key, "h/large");
        assert!(set.loaded[victim.history].history.describe(victim.entry).0);
        let mut set = two_histories(false);
        let mut taken = 0;
        while let Some(victim) = set.victim(Claim::Promised, None) {
            set.give_way(victim);
            taken += 1;
        }
        assert_eq!(taken, 2, "two older snapshots; both newest stay");
        let mut set = two_histories(false);
        while let Some(victim) = set.victim(Claim::Current, Some("h/large")) {
            set.give_way(victim);
        }
        assert_eq!(
            set.loaded[1].history.len(),
            1,
            "kept: the newest of h/large"
        );
        assert_eq!(set.loaded[0].history.len(), 0);
    }

    #[test]
    fn rolling_back_fits_whatever_order_the_changes_came_in() {
        let mut backend = MemoryBackend::default();
        backend.set("a", &"a".repeat(10)).unwrap();
        backend.set("b", &"b".repeat(10)).unwrap();
        let mut undo = Undo::default();
        // As a snapshot does: its own history is noted first and written last, growing into
        // the room another history gave up. Putting b back first would not fit.
        undo.record("a", backend.get("a").unwrap());
        undo.record("b", backend.get("b").unwrap());
        backend.set("b", "b").unwrap();
        backend.set("a", &"a".repeat(17)).unwrap();
        undo.record("c", None);
        backend.set("c", "c").unwrap();
        backend.quota = Some(22);
        assert_eq!(backend.used(), 22, "full");
        undo.roll_back(&mut backend).unwrap();
        assert_eq!(backend.get("a").unwrap(), Some("a".repeat(10)));
        assert_eq!(backend.get("b").unwrap(), Some("b".repeat(10)));
        assert_eq!(backend.get("c").unwrap(), None);
    }
}
