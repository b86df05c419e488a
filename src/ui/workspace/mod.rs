//! The person's work in memory and its link to storage: the SKPs, which one is open, autosave
//! (at most once a second, flushed when the page is hidden), changes from other tabs, and the
//! undo of the last destructive action. Pages change SKPs only through [`Workspace`].
//!
//! Fine-grained reading: a view of one part of the open SKP (an RHK, an IKI, its realisasi, the
//! plan's shape) watches that part alone ([`Workspace::with_part`]), and a change confined to
//! one part ([`Workspace::edit_iki`] and its siblings) wakes only the views of that part and the
//! few that watch the whole SKP ([`Workspace::with_open`]: derived checks and tables). Every
//! other change wakes every view.

mod parts;
mod sync;

use parts::Parts;

use super::clock;
use crate::domain::model::{Iki, Realisasi, Rhk};
use crate::domain::operasi::{
    ubah_identitas, ubah_iki, ubah_realisasi, ubah_rhk, Bagian, Tersentuh,
};
use crate::domain::rules::capaian::CapaianSkp;
use crate::domain::struktur::Struktur;
use crate::domain::Skp;
use crate::store::{
    Backend, Library, LocalStorageBackend, MemoryBackend, OpenProblem, Saved, SnapshotReason,
    StoreError,
};
use crate::ui::focus::focus_undo;
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
    label: String,
    /// The SKP as it was before (None when the action created it).
    before: Option<Skp>,
    /// The SKP's id.
    id: String,
    /// The workspace's revision right after the action: when it is still the same at undo,
    /// nothing was typed since, so there is nothing new to keep in the history first.
    revision: u64,
}

/// Shared through context; cheap to copy. Its fields are private: pages read through its
/// methods and change SKPs only through its named edits.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// Every SKP, and which is open, with a trigger per watched part of the open one.
    parts: Parts,
    /// The open SKP's shape, computed once per change of it.
    struktur: Memo<Struktur>,
    /// The open SKP's capaian from the one engine, computed once per change of it.
    capaian: Memo<CapaianSkp>,
    status: RwSignal<SaveStatus>,
    notices: RwSignal<Vec<Notice>>,
    undo: RwSignal<Option<Undo>>,
    /// Whether the browser agreed to keep this site's storage (`navigator.storage.persist`).
    persistent: RwSignal<Option<bool>>,
    /// Ids that have reminders due, refreshed after every save and export.
    export_due: RwSignal<BTreeSet<String>>,
    library: StoredValue<Library<Box<dyn Backend>>, LocalStorage>,
    dirty: StoredValue<BTreeSet<String>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Workspace {
    /// Opens the library (in memory if storage is unavailable) and provides the workspace.
    pub fn provide() -> Workspace {
        let now = clock::now();
        let (library, skps, status) = open_library(&now);
        let parts = Parts::new(skps);
        let workspace = Workspace {
            parts,
            struktur: Memo::new(move |_| {
                parts
                    .with_part(Bagian::Struktur, Struktur::of)
                    .unwrap_or_default()
            }),
            capaian: Memo::new(move |_| {
                let id = parts.open_id.get();
                parts.skps.with(|all| {
                    all.iter()
                        .find(|s| Some(&s.id) == id.as_ref())
                        .map(CapaianSkp::of)
                        .unwrap_or_default()
                })
            }),
            status: RwSignal::new(status),
            notices: RwSignal::new(Vec::new()),
            undo: RwSignal::new(None),
            persistent: RwSignal::new(None),
            export_due: RwSignal::new(BTreeSet::new()),
            library: StoredValue::new_local(library),
            dirty: StoredValue::new_local(BTreeSet::new()),
            timer: StoredValue::new_local(None),
        };
        let first = workspace.parts.first_id();
        let last = workspace.library.with_value(|l| l.last_open());
        workspace.parts.open(last.or(first));
        // Remember the open SKP, so a reload reopens it.
        Effect::new(move |_| {
            let open = workspace.open_id();
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

    /// The id of the SKP being worked on.
    pub fn open_id(&self) -> Option<String> {
        self.parts.open_id.get()
    }

    /// Opens another SKP (or none).
    pub fn open(&self, id: Option<String>) {
        self.parts.open(id);
    }

    /// A copy of the open SKP, not watched: for exports, prints and undo copies.
    pub fn open_skp_untracked(&self) -> Option<Skp> {
        let id = self.parts.open_id.get_untracked()?;
        self.skp_untracked(&id)
    }

    /// A copy of one SKP, not watched.
    pub fn skp_untracked(&self, id: &str) -> Option<Skp> {
        self.parts
            .skps
            .with_untracked(|all| all.iter().find(|s| s.id == id).cloned())
    }

    /// Reads the open SKP without cloning it, watching all of it: for what is derived from
    /// the whole SKP (checks, tables), and small views that are not worth a part of their own.
    pub fn with_open<R>(&self, f: impl FnOnce(&Skp) -> R) -> Option<R> {
        let id = self.parts.open_id.get()?;
        self.parts
            .skps
            .with(|all| all.iter().find(|s| s.id == id).map(f))
    }

    /// Reads the open SKP watching only `part`: re-runs when that part changes, not when the
    /// person types elsewhere. `f` must read nothing outside `part`.
    pub fn with_part<R>(&self, part: Bagian, f: impl FnOnce(&Skp) -> R) -> Option<R> {
        self.parts.with_part(part, f)
    }

    /// The open SKP's shape: its RHK and IKI in order with their numbers.
    pub fn struktur(&self) -> Memo<Struktur> {
        self.struktur
    }

    /// The open SKP's capaian per IKI, per period and for the year.
    pub fn capaian(&self) -> Memo<CapaianSkp> {
        self.capaian
    }

    /// Reads every SKP, watching the list.
    pub fn with_all<R>(&self, f: impl FnOnce(&[Skp]) -> R) -> R {
        self.parts.skps.with(|all| f(all))
    }

    /// A copy of every SKP, not watched: for a backup.
    pub fn all_untracked(&self) -> Vec<Skp> {
        self.parts.skps.get_untracked()
    }

    /// Whether an SKP with this id is kept here (not watched).
    pub fn has_skp(&self, id: &str) -> bool {
        self.parts
            .skps
            .with_untracked(|all| all.iter().any(|s| s.id == id))
    }

    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    pub fn notices(&self) -> Vec<Notice> {
        self.notices.get()
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }

    /// What the undo button would undo, in the person's words.
    pub fn undo_label(&self) -> Option<String> {
        self.undo.with(|u| u.as_ref().map(|u| u.label.clone()))
    }

    /// The person closed the undo offer.
    pub fn forget_undo(&self) {
        self.undo.set(None);
    }

    /// Whether the browser promised to keep this site's storage; `None` until it answers.
    pub fn persistent(&self) -> Option<bool> {
        self.persistent.get()
    }

    /// Whether the export reminder of this SKP is due.
    pub fn export_due(&self, id: &str) -> bool {
        self.export_due.with(|due| due.contains(id))
    }

    /// Changes the open SKP (anything in it) and schedules autosave. Every view looks again.
    pub fn edit(&self, f: impl FnOnce(&mut Skp)) {
        self.change(|skp| {
            f(skp);
            Tersentuh::Semua
        });
    }

    /// Changes one RHK's own fields of the open SKP (not its kind or IKI: use [`Self::edit`]).
    pub fn edit_rhk(&self, rhk_id: &str, f: impl FnOnce(&mut Rhk)) {
        self.change(|skp| ubah_rhk(skp, rhk_id, f));
    }

    /// Changes one IKI of the open SKP.
    pub fn edit_iki(&self, iki_id: &str, f: impl FnOnce(&mut Iki)) {
        self.change(|skp| ubah_iki(skp, iki_id, f));
    }

    /// Changes the realisasi of an IKI in period `ke`, making it when first written to (the
    /// domain refuses a period or IKI the SKP does not have).
    pub fn edit_realisasi(&self, ke: u32, iki_id: &str, f: impl FnOnce(&mut Realisasi)) {
        self.change(|skp| ubah_realisasi(skp, ke, iki_id, f));
    }

    /// Changes the open SKP's own fields (identity, kind, period), not its RHK or evaluations.
    pub fn edit_identitas(&self, f: impl FnOnce(&mut Skp)) {
        self.change(|skp| ubah_identitas(skp, f));
    }

    /// Applies a change to the open SKP, wakes the views of what it touched, schedules autosave.
    fn change(&self, f: impl FnOnce(&mut Skp) -> Tersentuh) {
        let Some(id) = self.parts.open_id.get_untracked() else {
            return;
        };
        if self.parts.change(&id, f) {
            self.dirty.update_value(|d| {
                d.insert(id);
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
        let id = before.id.clone();
        self.edit(f);
        self.offer_undo(label, id, Some(before));
        // What had the focus is gone: the undo line is where the person can act next.
        focus_undo();
    }

    /// Offers one-click undo of the action just done.
    fn offer_undo(&self, label: String, id: String, before: Option<Skp>) {
        self.undo.set(Some(Undo {
            label,
            id,
            before,
            revision: self.parts.revision(),
        }));
    }

    /// Adds an SKP (new, example, copy or import), opens it and saves it at once.
    pub fn add(&self, skp: Skp) {
        let id = skp.id.clone();
        self.parts.put(skp);
        self.parts.open(Some(id.clone()));
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Replaces a stored SKP by an imported version; the replaced one stays in the history
    /// and the replacement can be undone.
    pub fn replace(&self, skp: Skp, label: String) {
        self.flush();
        let before = self.skp_untracked(&skp.id);
        if !self.keep_safety_copy(&skp.id, SnapshotReason::ReplacedByImport, &label) {
            return;
        }
        let id = skp.id.clone();
        self.parts.put(skp);
        self.parts.open(Some(id.clone()));
        self.offer_undo(label, id.clone(), before);
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Takes something from outside into SKP `id` (a leader's feedback slip): the version
    /// before is kept in the history first, and the change can be undone. `f` says whether it
    /// changed anything. The SKP is opened, so the person sees what came in.
    pub fn take_in(&self, id: &str, label: String, f: impl FnOnce(&mut Skp) -> bool) -> bool {
        self.flush();
        let Some(before) = self.skp_untracked(id) else {
            return false;
        };
        if !self.keep_safety_copy(id, SnapshotReason::ReplacedByImport, &label) {
            return false;
        }
        let mut after = before.clone();
        if !f(&mut after) {
            return false;
        }
        self.parts.put(after);
        self.parts.open(Some(id.to_owned()));
        self.offer_undo(label, id.to_owned(), Some(before));
        self.dirty.update_value(|d| {
            d.insert(id.to_owned());
        });
        self.flush();
        true
    }

    /// Puts an earlier version back; the version it replaces is kept in the history first,
    /// and the restore can be undone.
    pub fn restore_version(&self, skp: Skp, label: String) {
        self.flush();
        let id = skp.id.clone();
        let before = self.skp_untracked(&id);
        if !self.keep_safety_copy(&id, SnapshotReason::BeforeRestore, &label) {
            return;
        }
        self.parts.put(skp);
        self.offer_undo(label, id.clone(), before);
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Deletes an SKP; it stays in the history and the deletion can be undone.
    pub fn delete(&self, id: &str, label: String) {
        self.flush();
        let before = self.skp_untracked(id);
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
        self.parts.remove(id);
        self.offer_undo(label, id.to_owned(), before);
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
                // With nothing typed since, the version it replaces is the action's own result.
                if self.parts.revision() != undo.revision {
                    self.flush();
                    if !self.keep_safety_copy(&id, SnapshotReason::BeforeRestore, &undo.label) {
                        return;
                    }
                }
                self.undo.set(None);
                self.parts.put(before);
                self.parts.open(Some(id.clone()));
                self.dirty.update_value(|d| {
                    d.insert(id);
                });
                // Saved like any edit: the version put back is also the newest snapshot.
                self.schedule_save();
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
            let Some(skp) = self.skp_untracked(&id) else {
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
                            self.parts.put(*joined);
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
            .parts
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
