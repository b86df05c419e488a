//! The person's work in memory and its link to storage: the SKPs, which one is open, autosave
//! (at most once a second, flushed when the page is hidden), changes from other tabs, and the
//! undo of the last destructive action. Pages change SKPs only through [`Workspace`].

mod sync;

use super::clock;
use crate::domain::Skp;
use crate::store::{
    Backend, Library, LocalStorageBackend, MemoryBackend, OpenProblem, Saved, SnapshotReason,
    StoreError,
};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::time::Duration;

/// Autosave waits this long after the last change.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

/// Whether the work is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is in storage.
    Saved,
    /// A change waits for autosave.
    Saving,
    /// The last save failed; the work is only in memory.
    Failed(StoreError),
    /// Storage cannot be used: nothing will be kept after the page closes.
    MemoryOnly,
}

/// Something the person should know about their data.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Another tab changed this SKP; this tab now shows that version.
    UpdatedFromOtherTab { nama: String },
    /// This tab saved over another tab's version, which is kept in the history (the same
    /// fields were changed in both, or the two could not be joined).
    SavedOverOtherTab { nama: String },
    /// Another tab changed other parts of this SKP; both tabs' changes were kept together.
    JoinedWithOtherTab { nama: String },
    /// SKPs stored by an older version with broken references opened repaired.
    Repaired { nama: String, count: usize },
    /// Stored data could not be set aside for lack of room; it stays where it is, untouched.
    LeftInPlace { count: usize },
    /// Another tab deleted this SKP; it is restorable from the deleted SKPs.
    DeletedInOtherTab { nama: String },
    /// Stored data that could not be read was set aside.
    Quarantined { count: usize },
    /// A destructive action was not done: its safety copy could not be kept (storage full).
    NotDoneNoRoom { what: String },
}

/// The last destructive action, undoable with one click.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// What was done, already in the person's language.
    pub label: String,
    /// The SKP as it was before (None when the action created it).
    pub before: Option<Skp>,
    /// The SKP's id.
    pub id: String,
}

/// Shared through context; cheap to copy.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub skps: RwSignal<Vec<Skp>>,
    pub open_id: RwSignal<Option<String>>,
    pub status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    pub undo: RwSignal<Option<Undo>>,
    /// Whether the browser agreed to keep this site's storage (`navigator.storage.persist`).
    pub persistent: RwSignal<Option<bool>>,
    /// Ids that have reminders due, refreshed after every save and export.
    pub export_due: RwSignal<BTreeSet<String>>,
    library: StoredValue<Library<Box<dyn Backend>>, LocalStorage>,
    dirty: StoredValue<BTreeSet<String>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Workspace {
    /// Opens the library (in memory if storage is unavailable) and provides the workspace.
    pub fn provide() -> Workspace {
        let now = clock::now();
        let (library, skps, status) = open_library(&now);
        let workspace = Workspace {
            skps: RwSignal::new(skps),
            open_id: RwSignal::new(None),
            status: RwSignal::new(status),
            notices: RwSignal::new(Vec::new()),
            undo: RwSignal::new(None),
            persistent: RwSignal::new(None),
            export_due: RwSignal::new(BTreeSet::new()),
            library: StoredValue::new_local(library),
            dirty: StoredValue::new_local(BTreeSet::new()),
            timer: StoredValue::new_local(None),
        };
        let first = workspace
            .skps
            .with_untracked(|s| s.first().map(|s| s.id.clone()));
        let last = workspace.library.with_value(|l| l.last_open());
        workspace.open_id.set(last.or(first));
        // Remember the open SKP, so a reload reopens it.
        Effect::new(move |_| {
            let open = workspace.open_id.get();
            workspace
                .library
                .update_value(|l| l.remember_open(open.as_deref()));
        });
        let quarantined = workspace
            .library
            .with_value(|l| l.quarantined().map(|q| q.len()).unwrap_or(0));
        if quarantined > 0 {
            workspace.notice(Notice::Quarantined { count: quarantined });
        }
        for notice in workspace.library.with_value(opening_notices) {
            workspace.notice(notice);
        }
        workspace.refresh_export_due();
        workspace.request_persistence();
        workspace.listen_to_other_tabs();
        workspace.flush_when_hidden();
        provide_context(workspace);
        workspace
    }

    /// The workspace in context.
    pub fn get() -> Workspace {
        expect_context::<Workspace>()
    }

    /// The SKP being worked on.
    pub fn open_skp(&self) -> Option<Skp> {
        let id = self.open_id.get()?;
        self.skps
            .with(|all| all.iter().find(|s| s.id == id).cloned())
    }

    /// Reads the open SKP without cloning it.
    pub fn with_open<R>(&self, f: impl FnOnce(&Skp) -> R) -> Option<R> {
        let id = self.open_id.get()?;
        self.skps.with(|all| all.iter().find(|s| s.id == id).map(f))
    }

    /// Changes the open SKP and schedules autosave.
    pub fn edit(&self, f: impl FnOnce(&mut Skp)) {
        let Some(id) = self.open_id.get_untracked() else {
            return;
        };
        self.edit_skp(&id, f);
    }

    /// Changes an SKP and schedules autosave.
    pub fn edit_skp(&self, id: &str, f: impl FnOnce(&mut Skp)) {
        let mut changed = false;
        self.skps.update(|all| {
            if let Some(skp) = all.iter_mut().find(|s| s.id == id) {
                f(skp);
                changed = true;
            }
        });
        if changed {
            self.dirty.update_value(|d| {
                d.insert(id.to_owned());
            });
            self.schedule_save();
        }
    }

    /// A change that removes something (an RHK, an IKI, a period): the version before is
    /// kept for one-click undo and as a snapshot in the history.
    /// If that copy cannot be kept (storage full), nothing is changed and the person is told.
    pub fn edit_destructive(&self, label: String, f: impl FnOnce(&mut Skp)) {
        let Some(before) = self.open_skp_untracked() else {
            return;
        };
        self.flush();
        if !self.keep_safety_copy(&before.id, SnapshotReason::BeforeDelete, &label) {
            return;
        }
        self.undo.set(Some(Undo {
            label,
            id: before.id.clone(),
            before: Some(before),
        }));
        self.edit(f);
    }

    pub fn open_skp_untracked(&self) -> Option<Skp> {
        let id = self.open_id.get_untracked()?;
        self.skps
            .with_untracked(|all| all.iter().find(|s| s.id == id).cloned())
    }

    /// Adds an SKP (new, example, copy or import), opens it and saves it at once.
    pub fn add(&self, skp: Skp) {
        let id = skp.id.clone();
        self.skps.update(|all| all.push(skp));
        self.open_id.set(Some(id.clone()));
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Replaces a stored SKP by an imported version; the replaced one stays in the history
    /// and the replacement can be undone.
    pub fn replace(&self, skp: Skp, label: String) {
        self.flush();
        let before = self
            .skps
            .with_untracked(|all| all.iter().find(|s| s.id == skp.id).cloned());
        if !self.keep_safety_copy(&skp.id, SnapshotReason::ReplacedByImport, &label) {
            return;
        }
        self.undo.set(Some(Undo {
            label,
            id: skp.id.clone(),
            before,
        }));
        let id = skp.id.clone();
        self.skps
            .update(|all| match all.iter_mut().find(|s| s.id == id) {
                Some(existing) => *existing = skp,
                None => all.push(skp),
            });
        self.open_id.set(Some(id.clone()));
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Puts an earlier version back; the version it replaces is kept in the history first,
    /// and the restore can be undone.
    pub fn restore_version(&self, skp: Skp, label: String) {
        self.flush();
        let id = skp.id.clone();
        let before = self
            .skps
            .with_untracked(|all| all.iter().find(|s| s.id == id).cloned());
        if !self.keep_safety_copy(&id, SnapshotReason::BeforeRestore, &label) {
            return;
        }
        self.skps
            .update(|all| match all.iter_mut().find(|s| s.id == id) {
                Some(existing) => *existing = skp,
                None => all.push(skp),
            });
        self.undo.set(Some(Undo {
            label,
            id: id.clone(),
            before,
        }));
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Deletes an SKP; it stays in the history and the deletion can be undone.
    pub fn delete(&self, id: &str, label: String) {
        self.flush();
        let before = self
            .skps
            .with_untracked(|all| all.iter().find(|s| s.id == id).cloned());
        let result = self
            .library
            .try_update_value(|l| l.delete(id, &clock::now()))
            .unwrap_or(Err(StoreError::Unavailable));
        match result {
            Ok(()) => {}
            // Its last version could not be kept for restoring: the SKP stays, and the person
            // is told why.
            Err(StoreError::Full) => {
                self.notice(Notice::NotDoneNoRoom { what: label });
                return;
            }
            Err(error) => {
                self.status.set(SaveStatus::Failed(error));
                return;
            }
        }
        self.skps.update(|all| all.retain(|s| s.id != id));
        if self.open_id.get_untracked().as_deref() == Some(id) {
            let first = self
                .skps
                .with_untracked(|s| s.first().map(|s| s.id.clone()));
            self.open_id.set(first);
        }
        self.undo.set(Some(Undo {
            label,
            id: id.to_owned(),
            before,
        }));
    }

    /// Undoes the last destructive action.
    pub fn undo_last(&self) {
        let Some(undo) = self.undo.get_untracked() else {
            return;
        };
        match undo.before {
            Some(before) => {
                let id = before.id.clone();
                // Whatever was typed since the destructive action stays in the history; if it
                // cannot be kept, the undo waits (and stays offered) rather than lose it.
                self.flush();
                if !self.keep_safety_copy(&id, SnapshotReason::BeforeRestore, &undo.label) {
                    return;
                }
                self.undo.set(None);
                self.skps
                    .update(|all| match all.iter_mut().find(|s| s.id == id) {
                        Some(existing) => *existing = before,
                        None => all.push(before),
                    });
                self.open_id.set(Some(id.clone()));
                self.dirty.update_value(|d| {
                    d.insert(id);
                });
                self.flush();
            }
            None => {
                self.undo.set(None);
                self.delete(&undo.id, undo.label);
            }
        }
    }

    /// Keeps the stored version of `id` in its history before a destructive change. False
    /// (and a notice naming `what`) when storage has no room for it: the caller then stops.
    fn keep_safety_copy(&self, id: &str, reason: SnapshotReason, what: &str) -> bool {
        let now = clock::now();
        let kept = self
            .library
            .try_update_value(|l| l.snapshot(id, reason, &now))
            .unwrap_or(Err(StoreError::Unavailable));
        match kept {
            Ok(()) => true,
            // Nothing is kept in a memory-only session anyway; the undo still works in it.
            Err(_) if self.status.get_untracked() == SaveStatus::MemoryOnly => true,
            Err(_) => {
                self.notice(Notice::NotDoneNoRoom {
                    what: what.to_owned(),
                });
                false
            }
        }
    }

    /// The library, for pages that list history, deleted SKPs and quarantine. `None` only
    /// after the app was unmounted.
    pub fn with_library<R>(
        &self,
        f: impl FnOnce(&mut Library<Box<dyn Backend>>) -> R,
    ) -> Option<R> {
        self.library.try_update_value(f)
    }

    fn schedule_save(&self) {
        if self.status.get_untracked() != SaveStatus::MemoryOnly {
            self.status.set(SaveStatus::Saving);
        }
        let workspace = *self;
        self.timer.update_value(|timer| {
            if let Some(handle) = timer.take() {
                handle.clear();
            }
            *timer = set_timeout_with_handle(move || workspace.flush(), AUTOSAVE_DELAY).ok();
        });
    }

    /// Saves every changed SKP now.
    pub fn flush(&self) {
        self.timer.update_value(|timer| {
            if let Some(handle) = timer.take() {
                handle.clear();
            }
        });
        if self.status.get_untracked() == SaveStatus::MemoryOnly {
            return;
        }
        let dirty = self.dirty.get_value();
        if dirty.is_empty() {
            return;
        }
        let now = clock::now();
        let mut failure = None;
        for id in dirty {
            let Some(skp) = self
                .skps
                .with_untracked(|all| all.iter().find(|s| s.id == id).cloned())
            else {
                self.dirty.update_value(|d| {
                    d.remove(&id);
                });
                continue;
            };
            let result = self
                .library
                .try_update_value(|l| l.save(&skp, &now))
                .unwrap_or(Err(StoreError::Unavailable));
            match result {
                Ok(outcome) => {
                    self.dirty.update_value(|d| {
                        d.remove(&id);
                    });
                    let nama = skp.pegawai.nama.clone();
                    match outcome {
                        Saved::Normally => {}
                        Saved::OverOtherTab => self.notice(Notice::SavedOverOtherTab { nama }),
                        Saved::Joined {
                            skp: joined,
                            konflik,
                        } => {
                            // Show what was stored: both tabs' changes.
                            self.skps.update(|all| {
                                if let Some(existing) = all.iter_mut().find(|s| s.id == id) {
                                    *existing = *joined;
                                }
                            });
                            self.notice(if konflik.is_empty() {
                                Notice::JoinedWithOtherTab { nama }
                            } else {
                                Notice::SavedOverOtherTab { nama }
                            });
                        }
                    }
                }
                Err(error) => failure = Some(error),
            }
        }
        self.status.set(match failure {
            Some(error) => SaveStatus::Failed(error),
            None => SaveStatus::Saved,
        });
        self.refresh_export_due();
    }

    /// True while a change is only in memory: autosave has not run yet or could not keep it.
    /// (In a memory-only session nothing is ever kept, and the status strip says so.)
    pub fn has_unsaved(&self) -> bool {
        self.status.get_untracked() != SaveStatus::MemoryOnly
            && self.dirty.with_value(|d| !d.is_empty())
    }

    /// Notes a finished export, so the reminder waits another week.
    pub fn mark_exported(&self, ids: &[String]) {
        let now = clock::now();
        self.library.update_value(|l| {
            let _ = l.mark_exported(ids, &now);
        });
        self.refresh_export_due();
    }

    fn refresh_export_due(&self) {
        let now = clock::now();
        let ids: Vec<String> = self
            .skps
            .with_untracked(|all| all.iter().map(|s| s.id.clone()).collect());
        let due = self.library.with_value(|l| {
            ids.into_iter()
                .filter(|id| l.export_reminder_due(id, &now).unwrap_or(false))
                .collect()
        });
        self.export_due.set(due);
    }

    pub fn notice(&self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice)
            }
        });
    }
}

/// What opening the library could not do or had to repair, as notices for the person.
fn opening_notices(library: &Library<Box<dyn Backend>>) -> Vec<Notice> {
    let mut notices = Vec::new();
    let mut left_in_place = 0;
    for problem in library.open_problems() {
        match problem {
            OpenProblem::Repaired {
                nama, perbaikan, ..
            } => notices.push(Notice::Repaired {
                nama: nama.clone(),
                count: perbaikan.len(),
            }),
            OpenProblem::LeftInPlace { .. } => left_in_place += 1,
            // The next save with room writes the index; nothing for the person to do.
            OpenProblem::IndexNotSaved { .. } => {}
        }
    }
    if left_in_place > 0 {
        notices.push(Notice::LeftInPlace {
            count: left_in_place,
        });
    }
    notices
}

fn open_library(now: &str) -> (Library<Box<dyn Backend>>, Vec<Skp>, SaveStatus) {
    if let Some(backend) = LocalStorageBackend::open() {
        if let Ok((library, skps)) = Library::open(Box::new(backend) as Box<dyn Backend>, now) {
            return (library, skps, SaveStatus::Saved);
        }
    }
    let memory: Box<dyn Backend> = Box::new(MemoryBackend::default());
    (Library::empty(memory), Vec::new(), SaveStatus::MemoryOnly)
}
