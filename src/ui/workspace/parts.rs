//! The SKPs in memory with one trigger per watched part of the open SKP.
//!
//! Why not one signal: with every card of a 150-IKI plan subscribed to one signal, a keystroke
//! re-ran every card's reads, and each re-run also cost time in proportion to the number of
//! subscribers (the reactive graph removes a subscriber from an ordered set). A trigger per
//! part keeps each set small and wakes only the cards of the part that changed.

use crate::domain::operasi::{Bagian, Tersentuh};
use crate::domain::Skp;
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Clone, Copy)]
pub(super) struct Parts {
    /// Every SKP. Tracking it means watching all of them: any change wakes its readers.
    pub skps: RwSignal<Vec<Skp>>,
    /// Which SKP is open. Part readers do not watch it: opening another SKP wakes every part.
    pub open_id: RwSignal<Option<String>>,
    /// One trigger per part some view has read, made on first read.
    triggers: StoredValue<HashMap<Bagian, ArcTrigger>, LocalStorage>,
    /// Counts every change of any SKP, to tell whether anything changed since a moment.
    revision: StoredValue<u64, LocalStorage>,
}

impl Parts {
    pub fn new(skps: Vec<Skp>) -> Parts {
        Parts {
            skps: RwSignal::new(skps),
            open_id: RwSignal::new(None),
            triggers: StoredValue::new_local(HashMap::new()),
            revision: StoredValue::new_local(0),
        }
    }

    pub fn revision(&self) -> u64 {
        self.revision.get_value()
    }

    fn count_change(&self) {
        self.revision.update_value(|r| *r += 1);
    }

    pub fn first_id(&self) -> Option<String> {
        self.skps
            .with_untracked(|s| s.first().map(|s| s.id.clone()))
    }

    /// Reads the open SKP, watching only `part`.
    pub fn with_part<R>(&self, part: Bagian, f: impl FnOnce(&Skp) -> R) -> Option<R> {
        let trigger = self
            .triggers
            .try_update_value(|t| t.entry(part).or_insert_with(ArcTrigger::new).clone());
        if let Some(trigger) = trigger {
            trigger.track();
        }
        let id = self.open_id.get_untracked()?;
        self.skps
            .with_untracked(|all| all.iter().find(|s| s.id == id).map(f))
    }

    /// Changes the SKP `id` and wakes the readers of what the change touched. False when
    /// nothing was changed.
    pub fn change(&self, id: &str, f: impl FnOnce(&mut Skp) -> Tersentuh) -> bool {
        let touched = self
            .skps
            .try_update_untracked(|all| all.iter_mut().find(|s| s.id == id).map(f))
            .flatten()
            .unwrap_or(Tersentuh::Tidak);
        let is_open = self.open_id.with_untracked(|o| o.as_deref() == Some(id));
        if touched != Tersentuh::Tidak {
            self.count_change();
        }
        match touched {
            Tersentuh::Tidak => return false,
            Tersentuh::Bagian(part) => {
                self.skps.notify();
                if is_open {
                    self.wake(&part);
                }
            }
            Tersentuh::Semua => {
                self.skps.notify();
                if is_open {
                    self.wake_all();
                }
            }
        }
        true
    }

    /// Puts an SKP in place of the one with its id (or adds it): all of it may be new.
    pub fn put(&self, skp: Skp) {
        let is_open = self
            .open_id
            .with_untracked(|o| o.as_deref() == Some(skp.id.as_str()));
        self.count_change();
        self.skps
            .update(|all| match all.iter_mut().find(|s| s.id == skp.id) {
                Some(existing) => *existing = skp,
                None => all.push(skp),
            });
        if is_open {
            self.wake_all();
        }
    }

    /// Removes an SKP; if it was open, opens the first one left.
    pub fn remove(&self, id: &str) {
        self.count_change();
        self.skps.update(|all| all.retain(|s| s.id != id));
        if self.open_id.with_untracked(|o| o.as_deref() == Some(id)) {
            self.open(self.first_id());
        }
    }

    /// Opens another SKP: every part is new.
    pub fn open(&self, id: Option<String>) {
        if self.open_id.with_untracked(|o| *o != id) {
            self.open_id.set(id);
            self.wake_all();
        }
    }

    fn wake(&self, part: &Bagian) {
        let trigger = self.triggers.with_value(|t| t.get(part).cloned());
        if let Some(trigger) = trigger {
            trigger.notify();
        }
    }

    fn wake_all(&self) {
        let all: Vec<ArcTrigger> = self.triggers.with_value(|t| t.values().cloned().collect());
        for trigger in all {
            trigger.notify();
        }
    }
}
