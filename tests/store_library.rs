//! The library's promises, checked against memory storage: nothing is lost when data is
//! corrupted, storage is full, another tab writes, or an SKP is deleted.
#![cfg(not(target_arch = "wasm32"))]

use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
use skp_mandiri::domain::{export_skp, FileError, Skp};
use skp_mandiri::store::{
    Backend, Library, MemoryBackend, Saved, SnapshotReason, StoreError, MAX_SNAPSHOTS,
};
use std::cell::RefCell;
use std::rc::Rc;

const T0: &str = "2026-01-05T08:00:00+07:00";
const T1: &str = "2026-01-05T08:01:00+07:00";
const T2: &str = "2026-01-05T08:02:00+07:00";

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
    let newer = export_skp(&skp("baru"), T0).replacen("\"version\": 2", "\"version\": 99", 1);
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

    let mut from_a = skp("s");
    from_a.instansi = "Diubah di tab A".into();
    assert_eq!(tab_a.save(&from_a, T2).unwrap(), Saved::OverOtherTab);

    let history = tab_a.history("s").unwrap();
    let kept = history.latest().unwrap();
    assert_eq!(kept.reason, SnapshotReason::OtherTab);
    assert_eq!(Library::<Shared>::read_snapshot(kept).unwrap(), from_b);
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
