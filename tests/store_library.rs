//! The library's promises, checked against memory storage: nothing is lost when data is
//! corrupted, storage is full, another tab writes, or an SKP is deleted.
#![cfg(not(target_arch = "wasm32"))]

use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
use skp_mandiri::domain::file::versi_skp;
use skp_mandiri::domain::{
    export_skp, BuktiDukung, EvaluasiPeriodik, FileError, JenisPeriodeEvaluasi, Realisasi, Skp,
};
use skp_mandiri::store::{
    stored_len, Backend, Entry, Library, MemoryBackend, OpenProblem, Saved, SnapshotReason,
    StoreError, HISTORY_BUDGET, MAX_SNAPSHOTS, STORE_SIZE,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const T0: &str = "2026-01-05T08:00:00+07:00";
const T1: &str = "2026-01-05T08:01:00+07:00";
const T2: &str = "2026-01-05T08:02:00+07:00";
const T3: &str = "2026-01-05T08:03:00+07:00";

/// One storage seen by several libraries, as two tabs see one `localStorage`.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryBackend>>);

impl Backend for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys(prefix)
    }
}

fn skp(id: &str) -> Skp {
    let mut skp = contoh_analis_kebijakan();
    skp.id = id.to_owned();
    skp
}

fn open(storage: &Shared) -> (Library<Shared>, Vec<Skp>) {
    Library::open(storage.clone(), T0).expect("memory storage is available")
}

#[test]
fn saved_skps_come_back_in_order() {
    let storage = Shared::default();
    let (mut library, found) = open(&storage);
    assert!(found.is_empty());
    library.save(&skp("skp-2026"), T0).unwrap();
    library.save(&skp("skp-2025"), T0).unwrap();
    let (_, found) = open(&storage);
    let ids: Vec<&str> = found.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["skp-2026", "skp-2025"]);
    assert_eq!(found[0], skp("skp-2026"));
}

#[test]
fn corrupted_and_newer_data_is_set_aside_untouched_and_the_rest_still_loads() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("baik"), T0).unwrap();
    let truncated = &export_skp(&skp("rusak"), T0)[..200];
    let newer = export_skp(&skp("baru"), T0).replacen(
        &format!("\"version\": {}", versi_skp([&skp("baru")])),
        "\"version\": 99",
        1,
    );
    {
        let mut raw = storage.0.borrow_mut();
        raw.set("skp-mandiri/skp/rusak", truncated).unwrap();
        raw.set("skp-mandiri/skp/baru", &newer).unwrap();
    }

    let (library, found) = open(&storage);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, "baik");
    let aside = library.quarantined().unwrap();
    assert_eq!(aside.len(), 2);
    let rusak = aside
        .iter()
        .find(|q| q.found_under.ends_with("rusak"))
        .unwrap();
    assert_eq!(rusak.text, truncated, "kept byte for byte");
    assert!(matches!(rusak.error, Some(FileError::NotJson { .. })));
    let baru = aside
        .iter()
        .find(|q| q.found_under.ends_with("baru"))
        .unwrap();
    assert!(matches!(
        baru.error,
        Some(FileError::TooNew { version: 99, .. })
    ));
    assert_eq!(
        storage.0.borrow().get("skp-mandiri/skp/rusak").unwrap(),
        None
    );
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_skps() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("a"), T0).unwrap();
    storage
        .0
        .borrow_mut()
        .set("skp-mandiri/index", "{ids: ")
        .unwrap();
    let (library, found) = open(&storage);
    assert_eq!(found.len(), 1);
    assert_eq!(library.quarantined().unwrap()[0].text, "{ids: ");
}

#[test]
fn saving_over_another_tabs_version_keeps_that_version_as_a_snapshot() {
    let storage = Shared::default();
    let (mut tab_a, _) = open(&storage);
    tab_a.save(&skp("s"), T0).unwrap();
    let (mut tab_b, _) = open(&storage);

    let mut from_b = skp("s");
    from_b.instansi = "Diubah di tab B".into();
    assert_eq!(tab_b.save(&from_b, T1).unwrap(), Saved::Normally);

    // The same field changed in both tabs: this tab's value is saved, the conflict named.
    let mut from_a = skp("s");
    from_a.instansi = "Diubah di tab A".into();
    assert_eq!(
        tab_a.save(&from_a, T2).unwrap(),
        Saved::Joined {
            skp: Box::new(from_a.clone()),
            konflik: vec!["data.instansi".into()]
        }
    );

    let history = tab_a.history("s").unwrap();
    let kept = history.latest().unwrap();
    assert_eq!(kept.reason, SnapshotReason::OtherTab);
    assert_eq!(Library::<Shared>::read_snapshot(kept).unwrap(), from_b);
}

#[test]
fn two_tabs_editing_different_fields_keep_both_edits() {
    let storage = Shared::default();
    let (mut tab_a, _) = open(&storage);
    tab_a.save(&skp("s"), T0).unwrap();
    let (mut tab_b, _) = open(&storage);

    let mut from_b = skp("s");
    from_b.instansi = "Diubah di tab B".into();
    tab_b.save(&from_b, T1).unwrap();

    let mut from_a = skp("s");
    from_a.pegawai.unit_kerja = "Diubah di tab A".into();
    let Saved::Joined {
        skp: joined,
        konflik,
    } = tab_a.save(&from_a, T2).unwrap()
    else {
        panic!("expected the two tabs' edits to be joined");
    };
    assert!(konflik.is_empty());
    assert_eq!(joined.instansi, "Diubah di tab B");
    assert_eq!(joined.pegawai.unit_kerja, "Diubah di tab A");
    // What is stored is the joined SKP, and another tab opening now sees both edits.
    let (_, found) = open(&storage);
    assert_eq!(found, vec![*joined]);
}

#[test]
fn a_tab_reloads_what_another_tab_saved_and_ignores_its_own_writes() {
    let storage = Shared::default();
    let (mut tab_a, _) = open(&storage);
    tab_a.save(&skp("s"), T0).unwrap();
    let (mut tab_b, _) = open(&storage);
    assert_eq!(tab_a.reload("s").unwrap(), None);
    let mut changed = skp("s");
    changed.instansi = "Baru".into();
    tab_b.save(&changed, T1).unwrap();
    assert_eq!(tab_a.reload("s").unwrap(), Some(changed));
    assert_eq!(tab_a.reload("s").unwrap(), None);
}

#[test]
fn when_storage_is_full_old_snapshots_make_room_before_a_save_fails() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    let mut version = skp("s");
    for minute in 0..4 {
        version.instansi = format!("versi {minute}");
        library
            .save(&version, &format!("2026-01-05T0{minute}:00:00+07:00"))
            .unwrap();
    }
    assert_eq!(library.history("s").unwrap().len(), 3);
    let used: usize = {
        let raw = storage.0.borrow();
        raw.keys("")
            .unwrap()
            .iter()
            .map(|k| k.len() + raw.get(k).unwrap().unwrap().len())
            .sum()
    };
    // Room for little more than the work itself: history has to give way.
    storage.0.borrow_mut().quota = Some(used - 1000);
    version.instansi = "versi terakhir".into();
    library.save(&version, "2026-01-05T05:00:00+07:00").unwrap();
    let (_, found) = open(&storage);
    assert_eq!(found[0].instansi, "versi terakhir");
    assert!(library.history("s").unwrap().len() < 3);

    storage.0.borrow_mut().quota = Some(1000);
    assert_eq!(
        library.save(&version, "2026-01-05T06:00:00+07:00"),
        Err(StoreError::Full)
    );
    let (_, found) = open(&storage);
    assert_eq!(
        found[0].instansi, "versi terakhir",
        "a failed save leaves the last one intact"
    );
}

#[test]
fn snapshots_two_tabs_keep_in_turn_are_all_kept() {
    let storage = Shared::default();
    let (mut tab_a, _) = open(&storage);
    tab_a.save(&skp("s"), T0).unwrap();
    let (mut tab_b, _) = open(&storage);
    // Each tab has read (and keeps a parsed copy of) the history it wrote last; the other
    // tab's snapshot in between must not be written over.
    tab_a
        .snapshot("s", SnapshotReason::BeforeDelete, T1)
        .unwrap();
    tab_b
        .snapshot("s", SnapshotReason::BeforeDelete, T2)
        .unwrap();
    tab_a
        .snapshot("s", SnapshotReason::BeforeRestore, T3)
        .unwrap();
    let (fresh, _) = open(&storage);
    let kept: Vec<(String, SnapshotReason)> = fresh
        .history("s")
        .unwrap()
        .newest_first()
        .map(|s| (s.at.clone(), s.reason))
        .collect();
    assert_eq!(
        kept,
        [
            (T3.to_owned(), SnapshotReason::BeforeRestore),
            (T2.to_owned(), SnapshotReason::BeforeDelete),
            (T1.to_owned(), SnapshotReason::BeforeDelete),
        ]
    );
}

#[test]
fn a_deleted_skp_stays_restorable_from_its_history() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("hapus"), T0).unwrap();
    library.delete("hapus", T1).unwrap();
    let (library, found) = open(&storage);
    assert!(found.is_empty());
    let deleted = library.deleted().unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].1.reason, SnapshotReason::Deleted);
    assert_eq!(
        Library::<Shared>::read_snapshot(&deleted[0].1).unwrap(),
        skp("hapus")
    );
}

#[test]
fn history_keeps_a_version_every_ten_minutes_and_at_most_the_cap() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    let mut version = skp("s");
    library.save(&version, "2026-01-05T08:00:00+07:00").unwrap();
    version.instansi = "1".into();
    library.save(&version, "2026-01-05T08:01:00+07:00").unwrap();
    version.instansi = "2".into();
    library.save(&version, "2026-01-05T08:05:00+07:00").unwrap();
    assert_eq!(
        library.history("s").unwrap().len(),
        1,
        "one within ten minutes"
    );
    version.instansi = "3".into();
    library.save(&version, "2026-01-05T08:11:00+07:00").unwrap();
    assert_eq!(library.history("s").unwrap().len(), 2);

    for n in 0..(MAX_SNAPSHOTS + 5) {
        library
            .snapshot("s", SnapshotReason::BeforeDelete, T0)
            .unwrap();
        assert!(
            library.history("s").unwrap().len() <= MAX_SNAPSHOTS,
            "after {n}"
        );
    }
    assert_eq!(library.history("s").unwrap().len(), MAX_SNAPSHOTS);
}

#[test]
fn the_export_reminder_follows_the_last_export() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library
        .save(&skp("s"), "2026-01-01T08:00:00+07:00")
        .unwrap();
    assert!(!library
        .export_reminder_due("s", "2026-01-07T08:00:00+07:00")
        .unwrap());
    assert!(library
        .export_reminder_due("s", "2026-01-08T08:00:00+07:00")
        .unwrap());
    library
        .mark_exported(&["s".into()], "2026-01-08T09:00:00+07:00")
        .unwrap();
    assert!(!library
        .export_reminder_due("s", "2026-01-10T08:00:00+07:00")
        .unwrap());
    assert!(library
        .export_reminder_due("s", "2026-01-15T09:00:00+07:00")
        .unwrap());
}

#[test]
fn unavailable_storage_is_reported_not_hidden() {
    struct Blocked;
    impl Backend for Blocked {
        fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
        fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn remove(&mut self, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn keys(&self, _: &str) -> Result<Vec<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
    }
    assert!(matches!(
        Library::open(Blocked, T0),
        Err(StoreError::Unavailable)
    ));
}

#[test]
fn the_open_skp_is_remembered_while_it_exists() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("a"), T0).unwrap();
    library.save(&skp("b"), T0).unwrap();
    library.remember_open(Some("b"));
    let (mut library, _) = open(&storage);
    assert_eq!(library.last_open().as_deref(), Some("b"));
    library.delete("b", T1).unwrap();
    let (library, _) = open(&storage);
    assert_eq!(library.last_open(), None);
}

#[test]
fn an_skp_found_without_an_index_entry_still_gets_export_reminders() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library
        .save(&skp("s"), "2026-01-01T08:00:00+07:00")
        .unwrap();
    storage.0.borrow_mut().remove("skp-mandiri/index").unwrap();
    let (library, _) = Library::open(storage.clone(), "2026-01-02T08:00:00+07:00").unwrap();
    assert!(!library
        .export_reminder_due("s", "2026-01-05T08:00:00+07:00")
        .unwrap());
    assert!(library
        .export_reminder_due("s", "2026-01-09T08:00:00+07:00")
        .unwrap());
}

// ---- Never lose work: a full store, making room, the history budget, promised snapshots,
// ---- damaged or newer history, the cost of a save.

const HISTORY_S: &str = "skp-mandiri/history/s";

impl Shared {
    fn raw(&self, key: &str) -> Option<String> {
        self.0.borrow().get(key).unwrap()
    }
    fn put(&self, key: &str, value: &str) {
        self.0.borrow_mut().set(key, value).unwrap();
    }
    /// No room left beyond what is stored now, plus `spare` code units.
    fn fill(&self, spare: usize) {
        let mut raw = self.0.borrow_mut();
        raw.quota = Some(raw.used() + spare);
    }
    fn histories(&self) -> Vec<(String, String)> {
        let raw = self.0.borrow();
        let mut found: Vec<(String, String)> = raw
            .keys("skp-mandiri/history/")
            .unwrap()
            .into_iter()
            .map(|key| {
                let text = raw.get(&key).unwrap().unwrap();
                (key, text)
            })
            .collect();
        found.sort();
        found
    }
}

/// Minutes after T0, as a timestamp.
fn at(minutes: u32) -> String {
    format!(
        "2026-01-05T{:02}:{:02}:00+07:00",
        8 + minutes / 60,
        minutes % 60
    )
}

#[test]
fn a_full_store_opens_every_readable_skp_and_leaves_unreadable_text_where_it_is() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("a"), T0).unwrap();
    library.save(&skp("b"), T0).unwrap();
    let truncated = export_skp(&skp("rusak"), T0)[..200].to_owned();
    storage.put("skp-mandiri/skp/rusak", &truncated);
    // Setting it aside needs room for a copy, and there is none.
    storage.fill(0);

    let (library, found) =
        Library::open(storage.clone(), T1).expect("a full store is not an unavailable one");
    let ids: Vec<&str> = found.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "the readable SKPs open");
    assert_eq!(
        storage.raw("skp-mandiri/skp/rusak").as_deref(),
        Some(truncated.as_str()),
        "never removed before its copy exists"
    );
    assert!(library.quarantined().unwrap().is_empty());
    assert!(matches!(
        library.open_problems(),
        [OpenProblem::LeftInPlace { key, error: Some(FileError::NotJson { .. }), cause: StoreError::Full }]
            if key == "skp-mandiri/skp/rusak"
    ));

    // With room again, the next opening sets it aside.
    storage.0.borrow_mut().quota = None;
    let (library, found) = open(&storage);
    assert_eq!(found.len(), 2);
    assert_eq!(library.quarantined().unwrap()[0].text, truncated);
    assert!(library.open_problems().is_empty());
}

#[test]
fn an_index_that_cannot_be_rewritten_on_a_full_store_does_not_fail_opening() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("a"), T0).unwrap();
    library.save(&skp("b"), T0).unwrap();

    // Lost: opening rebuilds it, and that write does not fit.
    storage.0.borrow_mut().remove("skp-mandiri/index").unwrap();
    storage.fill(0);
    let (library, found) = Library::open(storage.clone(), T1).expect("opens");
    assert_eq!(found.len(), 2);
    assert!(matches!(
        library.open_problems(),
        [OpenProblem::IndexNotSaved {
            cause: StoreError::Full
        }]
    ));

    // Damaged: it cannot be set aside, so it is not written over either.
    storage.0.borrow_mut().quota = None;
    storage.put("skp-mandiri/index", "{ids: ");
    storage.fill(0);
    let (mut library, found) = Library::open(storage.clone(), T1).expect("opens");
    assert_eq!(found.len(), 2);
    assert!(matches!(
        library.open_problems(),
        [OpenProblem::LeftInPlace { key, .. }] if key == "skp-mandiri/index"
    ));
    storage.0.borrow_mut().quota = Some(usize::MAX);
    storage.fill(1000);
    let mut a = skp("a");
    a.instansi = "Diubah".into();
    library.save(&a, T2).unwrap();
    library.save(&skp("c"), T2).unwrap_or(Saved::Normally);
    assert!(
        storage.raw("skp-mandiri/index").as_deref() == Some("{ids: ")
            || library.quarantined().unwrap()[0].text == "{ids: ",
        "the damaged index is set aside or left as it was, never written over"
    );
}

#[test]
fn making_room_never_drops_the_only_copy_of_a_deleted_skp() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("hapus"), T0).unwrap();
    library.delete("hapus", T1).unwrap();
    library.save(&skp("kerja"), T0).unwrap();
    storage.fill(100);

    let mut bigger = skp("kerja");
    bigger.instansi = "x".repeat(5000);
    assert_eq!(library.save(&bigger, &at(60)), Err(StoreError::Full));
    let deleted = library.deleted().unwrap();
    assert_eq!(deleted.len(), 1, "the deleted SKP is still restorable");
    assert_eq!(
        Library::<Shared>::read_snapshot(&deleted[0].1).unwrap(),
        skp("hapus")
    );
}

#[test]
fn a_save_that_cannot_succeed_gives_nothing_up() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    let mut version = skp("s");
    for hour in 0..4 {
        version.instansi = format!("versi {hour}");
        library.save(&version, &at(hour * 60)).unwrap();
    }
    assert_eq!(library.history("s").unwrap().len(), 3);
    let histories = storage.histories();
    let stored = storage.raw("skp-mandiri/skp/s");
    // Even with every snapshot gone this would not fit.
    storage.fill(2_000);
    version.instansi = "x".repeat(100_000);
    assert_eq!(library.save(&version, &at(300)), Err(StoreError::Full));
    assert_eq!(
        storage.histories(),
        histories,
        "every snapshot is still there"
    );
    assert_eq!(storage.raw("skp-mandiri/skp/s"), stored);
}

#[test]
fn an_autosave_never_pushes_out_a_snapshot_kept_before_a_destructive_action() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("lain"), T0).unwrap();
    library
        .snapshot("lain", SnapshotReason::BeforeDelete, T0)
        .unwrap();
    library
        .snapshot("lain", SnapshotReason::BeforeDelete, T1)
        .unwrap();
    let mut s = skp("s");
    library.save(&s, T0).unwrap();
    storage.fill(100);
    let lain = storage.raw("skp-mandiri/history/lain");

    // An hour later an autosave of "s" is due, and there is no room for it.
    s.instansi = "Diubah".into();
    assert_eq!(library.save(&s, &at(60)), Ok(Saved::Normally));
    assert_eq!(storage.raw("skp-mandiri/history/lain"), lain);
    assert!(
        library.history("s").unwrap().is_empty(),
        "the autosave gave way"
    );
    let (_, found) = open(&storage);
    assert!(found.contains(&s), "and the work itself is saved");
}

#[test]
fn a_save_never_takes_the_room_of_the_other_tabs_version_it_replaces() {
    let storage = Shared::default();
    let (mut tab_a, _) = open(&storage);
    tab_a.save(&skp("s"), T0).unwrap();
    let (mut tab_b, _) = open(&storage);
    let mut from_b = skp("s");
    from_b.instansi = "Diubah di tab B".into();
    tab_b.save(&from_b, T1).unwrap();
    // B kept an autosave of the first version; without it, nothing can give way.
    storage.0.borrow_mut().remove(HISTORY_S).unwrap();
    let stored = || Library::<Shared>::read_text(&storage.raw("skp-mandiri/skp/s").unwrap());

    // Tab A saves over B's version, which must be kept first: there is no room for it.
    storage.fill(100);
    let mut from_a = skp("s");
    from_a.instansi = "Diubah di tab A".into();
    assert_eq!(tab_a.save(&from_a, T2), Err(StoreError::Full));
    assert_eq!(stored().unwrap(), from_b, "B's work stays");
    assert!(storage.histories().is_empty(), "nothing half done");

    // Room for B's version, not for it and A's larger save: the save may not drop it.
    storage.fill(13_000);
    from_a.instansi = "x".repeat(3_000);
    assert_eq!(tab_a.save(&from_a, &at(3)), Err(StoreError::Full));
    assert_eq!(stored().unwrap(), from_b);
    assert!(storage.histories().is_empty());

    // Room for both: both are kept.
    storage.fill(20_000);
    // (Both changed `instansi`: this tab's value is saved, the conflict named.)
    assert!(matches!(
        tab_a.save(&from_a, &at(4)),
        Ok(Saved::Joined { konflik, .. }) if konflik == ["data.instansi"]
    ));
    assert_eq!(stored().unwrap(), from_a);
    let history = tab_a.history("s").unwrap();
    assert_eq!(history.latest().unwrap().reason, SnapshotReason::OtherTab);
    assert_eq!(
        Library::<Shared>::read_snapshot(history.latest().unwrap()).unwrap(),
        from_b
    );
}

#[test]
fn a_promised_snapshot_that_does_not_fit_is_refused_and_gives_nothing_up() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("lain"), T0).unwrap();
    library
        .snapshot("lain", SnapshotReason::BeforeDelete, T0)
        .unwrap();
    let mut s = skp("s");
    s.instansi = "y".repeat(2_000);
    library.save(&s, T0).unwrap();
    storage.fill(100);
    let histories = storage.histories();

    assert_eq!(
        library.snapshot("s", SnapshotReason::BeforeDelete, T1),
        Err(StoreError::Full),
        "the UI is told, and stops or asks"
    );
    assert_eq!(
        storage.histories(),
        histories,
        "nothing was dropped in trying"
    );
    assert_eq!(
        library.delete("s", T1),
        Err(StoreError::Full),
        "no delete without its copy"
    );
    let (_, found) = open(&storage);
    assert_eq!(found.len(), 2);
}

/// 50 RHK, 150 IKI, 12 monthly periods with a realisasi for every IKI: about 570,000 code
/// units stored, as the benchmark's large SKP.
fn besar(id: &str) -> Skp {
    let mut skp = skp(id);
    skp.periode_evaluasi = JenisPeriodeEvaluasi::Bulanan;
    skp.pengembangan_kompetensi
        .iter_mut()
        .for_each(|k| k.untuk_iki_id = None);
    let contoh = skp.rhk[0].clone();
    skp.rhk = (0..50)
        .map(|r| {
            let mut rhk = contoh.clone();
            rhk.id = format!("rhk-{r}");
            for (i, iki) in rhk.iki.iter_mut().enumerate() {
                iki.id = format!("iki-{r}-{i}");
            }
            rhk
        })
        .collect();
    let iki: Vec<String> = skp
        .rhk
        .iter()
        .flat_map(|r| r.iki.iter().map(|i| i.id.clone()))
        .collect();
    skp.evaluasi = (1..=12u32)
        .map(|bulan| EvaluasiPeriodik {
            id: format!("ev-{bulan}"),
            periode_ke: bulan,
            realisasi: iki
                .iter()
                .enumerate()
                .map(|(n, iki)| Realisasi {
                    id: format!("re-{bulan}-{n}"),
                    iki_id: iki.clone(),
                    nilai: Some(f64::from(bulan)),
                    uraian: "Policy brief disampaikan kepada pimpinan beserta nota dinas".into(),
                    bukti_dukung: vec![BuktiDukung {
                        id: format!("bd-{bulan}-{n}"),
                        tautan: format!("https://drive.example.go.id/bukti/{bulan}/{n}"),
                        keterangan: "Nota dinas dan policy brief".into(),
                        tanggal: None,
                    }],
                    kendala: String::new(),
                })
                .collect(),
            umpan_balik_rhk: vec![],
            umpan_balik_perilaku: vec![],
            dialog_kinerja: vec![],
            rating: skp_mandiri::domain::model::RatingPeriode::default(),
            kinerja_organisasi: skp_mandiri::domain::model::KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        })
        .collect();
    skp
}

fn history_units(storage: &Shared) -> usize {
    storage
        .histories()
        .iter()
        .map(|(key, text)| stored_len(key) + stored_len(text))
        .sum()
}

fn reasons(library: &Library<Shared>, id: &str) -> Vec<SnapshotReason> {
    library
        .history(id)
        .unwrap()
        .newest_first()
        .map(|s| s.reason)
        .collect()
}

#[test]
fn history_fits_its_budget_autosaves_first_newest_always_small_skps_keep_theirs() {
    use SnapshotReason::{Autosave, BeforeDelete};
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    let mut kecil = skp("kecil");
    for hour in 0..3 {
        kecil.instansi = format!("versi {hour}");
        library.save(&kecil, &at(hour * 60)).unwrap();
    }
    assert_eq!(library.history("kecil").unwrap().len(), 2);

    let mut big = besar("s");
    library.save(&big, T0).unwrap();
    assert!(
        library.stored_text("s").unwrap().len() > 500_000,
        "large enough"
    );
    library.snapshot("s", BeforeDelete, T1).unwrap();
    for n in 1..=4 {
        big.instansi = format!("versi {n}");
        library.save(&big, &at(10 * n + 1)).unwrap();
        assert!(history_units(&storage) <= HISTORY_BUDGET, "after save {n}");
    }
    // 25 snapshots of it would take 16 million code units: three fit in the budget. The
    // autosaves gave way first; the snapshot kept before a deletion stayed.
    assert_eq!(reasons(&library, "s"), [Autosave, Autosave, BeforeDelete]);
    let newest = library.history("s").unwrap().latest().unwrap().clone();
    assert_eq!(newest.at, at(41), "the newest is always kept");
    assert_eq!(
        library.history("kecil").unwrap().len(),
        2,
        "the largest history gives way, not the small one's"
    );

    // Promised snapshots push autosaves out, then older promised ones; an autosave never
    // pushes out a promised one.
    library.snapshot("s", BeforeDelete, &at(50)).unwrap();
    library.snapshot("s", BeforeDelete, &at(51)).unwrap();
    assert_eq!(reasons(&library, "s"), [BeforeDelete; 3]);
    big.instansi = "versi 5".into();
    library.save(&big, &at(70)).unwrap();
    assert_eq!(
        reasons(&library, "s"),
        [BeforeDelete; 3],
        "autosave given up"
    );
    library.snapshot("s", BeforeDelete, &at(71)).unwrap();
    let ats: Vec<String> = library
        .history("s")
        .unwrap()
        .newest_first()
        .map(|s| s.at.clone())
        .collect();
    assert_eq!(ats, [at(71), at(51), at(50)]);
    assert!(history_units(&storage) <= HISTORY_BUDGET);
    assert_eq!(library.history("kecil").unwrap().len(), 2);
}

#[test]
fn a_damaged_history_is_set_aside_and_never_written_over() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("s"), T0).unwrap();
    library.save(&skp("t"), T0).unwrap();
    let cut = r#"[{"at":"2026-01-05T08:00:00+07:00","reason":"before_delete","text":"{\"form"#;

    // Damaged before opening: set aside when the library opens.
    storage.put("skp-mandiri/history/t", cut);
    let (mut library_2, _) = open(&storage);
    let aside = library_2.quarantined().unwrap();
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].text, cut);
    assert_eq!(aside[0].found_under, "skp-mandiri/history/t");

    // Damaged while open (another tab): set aside before the next snapshot is kept.
    storage.put(HISTORY_S, cut);
    library_2
        .snapshot("s", SnapshotReason::BeforeDelete, T1)
        .unwrap();
    assert_eq!(library_2.history("s").unwrap().len(), 1);
    let aside = library.quarantined().unwrap();
    assert_eq!(aside.len(), 2);
    assert!(aside
        .iter()
        .any(|q| q.found_under == HISTORY_S && q.text == cut));

    // And with no room for the copy, the snapshot is refused rather than written over it.
    storage.put(HISTORY_S, cut);
    storage.fill(0);
    assert_eq!(
        library.snapshot("s", SnapshotReason::BeforeDelete, T2),
        Err(StoreError::Full)
    );
    assert_eq!(storage.raw(HISTORY_S).as_deref(), Some(cut));
}

#[test]
fn snapshots_from_a_newer_version_are_kept_listed_and_written_back() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("s"), T0).unwrap();
    let known = serde_json::json!({
        "at": T0, "reason": "before_delete", "text": export_skp(&skp("s"), T0),
    });
    // A newer version kept a snapshot for a reason this one does not know, and another of a
    // newer file format.
    let newer_reason = serde_json::json!({
        "at": T1, "reason": "before_signing", "text": export_skp(&skp("s"), T1), "signer": "x",
    });
    let newer_format = serde_json::json!({
        "at": T2, "reason": "autosave",
        "text": export_skp(&skp("s"), T2).replacen(&format!("\"version\": {}", versi_skp([&skp("s")])), "\"version\": 99", 1),
    });
    storage.put(
        HISTORY_S,
        &serde_json::to_string(&[known, newer_reason, newer_format]).unwrap(),
    );

    let history = library.history("s").unwrap();
    assert_eq!(history.len(), 3, "the title counts every entry");
    let entries: Vec<Entry> = history.entries_newest_first().collect();
    let Entry::Snapshot(newest) = entries[0] else {
        panic!("{:?}", entries[0]);
    };
    assert!(matches!(
        Library::<Shared>::read_snapshot(newest),
        Err(FileError::TooNew { version: 99, .. })
    ));
    let Entry::Newer {
        at: kept_at,
        reason,
        text,
    } = entries[1]
    else {
        panic!("{:?}", entries[1]);
    };
    assert_eq!((kept_at, reason), (Some(T1), Some("before_signing")));
    assert_eq!(
        Library::<Shared>::read_text(text.unwrap()).unwrap(),
        skp("s")
    );
    assert!(matches!(entries[2], Entry::Snapshot(s) if s.reason == SnapshotReason::BeforeDelete));

    library
        .snapshot("s", SnapshotReason::BeforeRestore, &at(10))
        .unwrap();
    let stored = storage.raw(HISTORY_S).unwrap();
    assert!(stored.contains(r#""reason":"before_signing""#));
    assert!(stored.contains(r#""signer":"x""#));
    assert_eq!(library.history("s").unwrap().len(), 4);
    assert!(library.quarantined().unwrap().is_empty());
}

/// Counts the reads of history keys, to see what a save costs.
#[derive(Clone)]
struct Counting {
    inner: Shared,
    history_reads: Rc<Cell<usize>>,
}

impl Backend for Counting {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if key.starts_with("skp-mandiri/history/") {
            self.history_reads.set(self.history_reads.get() + 1);
        }
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.keys(prefix)
    }
}

#[test]
fn an_ordinary_save_reads_no_history() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    let mut s = skp("s");
    library.save(&s, T0).unwrap();
    for n in 0..5 {
        library
            .snapshot("s", SnapshotReason::BeforeDelete, &at(n))
            .unwrap();
    }
    let counting = Counting {
        inner: storage.clone(),
        history_reads: Rc::default(),
    };
    let (mut library, _) = Library::open(counting.clone(), &at(5)).unwrap();
    counting.history_reads.set(0);
    for minute in 6..10 {
        s.instansi = format!("versi {minute}");
        library.save(&s, &at(minute)).unwrap();
    }
    assert_eq!(
        counting.history_reads.get(),
        0,
        "within ten minutes of the last snapshot, a save leaves the history alone"
    );
    library.save(&s, &at(20)).unwrap();
    assert_eq!(
        library.history("s").unwrap().len(),
        6,
        "the autosave is kept"
    );
}

#[test]
fn usage_tells_what_each_kind_takes_and_about_how_much_room_is_left() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("s"), T0).unwrap();
    library
        .snapshot("s", SnapshotReason::BeforeDelete, T1)
        .unwrap();
    library.remember_open(Some("s"));
    storage.put("skp-mandiri/skp/rusak", "{");
    let (library, _) = open(&storage);

    let usage = library.usage().unwrap();
    let skp_key = "skp-mandiri/skp/s";
    let index = storage.raw("skp-mandiri/index").unwrap();
    assert_eq!(
        usage.skps,
        stored_len(skp_key)
            + stored_len(library.stored_text("s").unwrap())
            + stored_len("skp-mandiri/index")
            + stored_len(&index)
    );
    assert_eq!(usage.history, history_units(&storage));
    assert!(usage.quarantine > 0);
    assert_eq!(usage.other, stored_len("skp-mandiri/open") + 1);
    assert_eq!(usage.total(), storage.0.borrow().used());
    assert_eq!(usage.free_estimate(), STORE_SIZE - usage.total());
    assert_eq!(usage.history_room(), HISTORY_BUDGET - usage.history);
}

#[test]
fn an_skp_an_older_version_left_with_a_dangling_reference_opens_repaired_and_says_so() {
    let storage = Shared::default();
    let (mut library, _) = open(&storage);
    library.save(&skp("s"), T0).unwrap();
    // What the old delete of an IKI left: its realisasi point at nothing.
    let key = "skp-mandiri/skp/s";
    let stored = storage.0.borrow().get(key).unwrap().unwrap();
    let mut broken = skp("s");
    let gone = broken.rhk[0].iki.remove(0).id;
    let text = skp_mandiri::domain::export_skp_compact(&broken, T0);
    assert!(stored.contains(&gone));
    storage.0.borrow_mut().set(key, &text).unwrap();

    let (mut library, found) = open(&storage);
    assert_eq!(found.len(), 1, "the SKP opens instead of being set aside");
    assert!(library.quarantined().unwrap().is_empty());
    assert!(matches!(
        library.open_problems(),
        [OpenProblem::Repaired { id, perbaikan, .. }] if id == "s" && !perbaikan.is_empty()
    ));
    // The first save keeps the text as found in the history, then stores the repaired SKP.
    library.save(&found[0], T1).unwrap();
    assert_eq!(library.history("s").unwrap().latest().unwrap().text, text);
    let (_, again) = open(&storage);
    assert_eq!(again, found);
}
