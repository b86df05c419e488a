//! Where a class of SKP files lives: IndexedDB, not localStorage.
//!
//! localStorage holds about 5 MiB per origin and keeps the person's own SKPs; a class of 40
//! realistic files is a few MB and 1,000 files are tens of MB. IndexedDB is the browser's
//! store for that much (its quota is a share of the disk) and is kept apart from the
//! library, so a class never crowds out the person's work and removing one removes only it.
//!
//! Two object stores in the database [`NAMA_DB`]: `kelas` (one record per class: its name
//! and settings, as JSON text) and `berkas` (one record per participant's SKP, keyed
//! `<class id>/<SKP id>`, holding the SKP in the compact storage form of the file format).
//! A participant's newer file is a `put` of the same key: one record, never two.

use crate::domain::kelas::Anggota;
use crate::domain::model::PredikatOrganisasi;
use crate::domain::{export_skp_compact, import, Imported};
use idb::event::DatabaseEvent;
use idb::{Database, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The leader's subordinates' SKPs ("SKP bawahan") are kept as the files of this one class,
/// which has no settings record and so never shows in the list of classes.
pub const TIM_BAWAHAN: &str = "bawahan";
/// The version of each subordinate's SKP the leader last saw (when they sent their feedback
/// slip, or said they had seen it), to show what changed since.
pub const BAWAHAN_DILIHAT: &str = "bawahan-dilihat";

/// The IndexedDB database of classes.
pub const NAMA_DB: &str = "skp-mandiri-kelas";
const VERSI_DB: u32 = 1;
const KELAS: &str = "kelas";
const BERKAS: &str = "berkas";

/// A class's own settings, without its files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfoKelas {
    pub id: String,
    pub nama: String,
    /// When it was made (RFC 3339): the list shows the newest first.
    pub dibuat: String,
    /// The organisation's predikat the class's distribution is checked against.
    #[serde(default)]
    pub organisasi: Option<PredikatOrganisasi>,
}

/// Why the class store could not do something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GalatKelas {
    /// IndexedDB is missing or blocked (some private windows, a browser setting).
    TidakTersedia,
    /// The disk quota for this site is used up.
    Penuh,
    /// Anything else the browser reported, in its own words (for the details line).
    Lain(String),
}

impl From<idb::Error> for GalatKelas {
    fn from(error: idb::Error) -> GalatKelas {
        let text = error.to_string();
        if text.contains("QuotaExceeded") {
            GalatKelas::Penuh
        } else {
            GalatKelas::Lain(text)
        }
    }
}

/// What loading a class found: its participants in the order they were first added (the
/// anonymised labels P01, P02, … follow it) with each one's stored place, the place the next
/// newcomer takes, and how many records this version could not read (left as they are).
#[derive(Debug, Default)]
pub struct IsiKelas {
    pub anggota: Vec<Anggota>,
    pub urutan: Vec<u32>,
    pub urutan_berikut: u32,
    pub tak_terbaca: usize,
}

/// An open connection to the class store.
#[derive(Clone)]
pub struct KelasDb(std::rc::Rc<Database>);

fn kunci_berkas(kelas_id: &str, skp_id: &str) -> JsValue {
    JsValue::from_str(&format!("{kelas_id}/{skp_id}"))
}

/// Every record key of one class's files: `<id>/` up to `<id>/` followed by the highest
/// character, so that `kelas-1` never takes the files of `kelas-10`.
fn rentang_berkas(kelas_id: &str) -> Result<Query, GalatKelas> {
    let awal = JsValue::from_str(&format!("{kelas_id}/"));
    let akhir = JsValue::from_str(&format!("{kelas_id}/\u{ffff}"));
    Ok(Query::KeyRange(KeyRange::bound(
        &awal,
        &akhir,
        Some(false),
        Some(false),
    )?))
}

fn field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
}

/// A record: the participant's place in the class (`urutan`), the file's name and time, and
/// the SKP in the compact storage form.
fn rekam(urutan: u32, item: &Anggota) -> Result<JsValue, GalatKelas> {
    let object = js_sys::Object::new();
    let set = |name: &str, value: JsValue| {
        js_sys::Reflect::set(&object, &JsValue::from_str(name), &value)
            .map_err(|_| GalatKelas::Lain(format!("cannot build the record field {name}")))
    };
    let ditulis = item.ditulis_pada.clone().unwrap_or_default();
    set("urutan", JsValue::from(urutan))?;
    set("berkas", JsValue::from_str(&item.berkas))?;
    set("ditulis_pada", JsValue::from_str(&ditulis))?;
    set(
        "skp",
        JsValue::from_str(&export_skp_compact(&item.skp, &ditulis)),
    )?;
    Ok(object.into())
}

fn baca_urutan(value: &JsValue) -> Option<u32> {
    js_sys::Reflect::get(value, &JsValue::from_str("urutan"))
        .ok()
        .and_then(|v| v.as_f64())
        .map(|v| v as u32)
}

fn baca_rekam(value: &JsValue) -> Option<(u32, Anggota)> {
    let urutan = baca_urutan(value)?;
    let berkas = field(value, "berkas")?;
    let ditulis_pada = field(value, "ditulis_pada").filter(|s| !s.is_empty());
    match import(&field(value, "skp")?) {
        Ok(Imported::Skp(skp)) => Some((
            urutan,
            Anggota {
                skp,
                berkas,
                ditulis_pada,
            },
        )),
        _ => None,
    }
}

/// Commits `tx` and waits for it: `Ok` only when it was committed. A transaction the browser
/// aborts (the disk quota, most often) is an error, never a silent success.
async fn selesai(tx: idb::Transaction) -> Result<(), GalatKelas> {
    let result = tx.commit()?.await?;
    if result.is_committed() {
        Ok(())
    } else {
        Err(GalatKelas::Penuh)
    }
}

impl KelasDb {
    /// Opens (and on first use creates) the class store.
    pub async fn buka() -> Result<KelasDb, GalatKelas> {
        let factory = Factory::new().map_err(|_| GalatKelas::TidakTersedia)?;
        let mut request = factory
            .open(NAMA_DB, Some(VERSI_DB))
            .map_err(|_| GalatKelas::TidakTersedia)?;
        request.on_upgrade_needed(|event| {
            let Ok(db) = event.database() else {
                return;
            };
            for name in [KELAS, BERKAS] {
                if !db.store_names().iter().any(|n| n == name) {
                    let _created = db.create_object_store(name, ObjectStoreParams::new());
                }
            }
        });
        let db = request.await.map_err(|_| GalatKelas::TidakTersedia)?;
        Ok(KelasDb(std::rc::Rc::new(db)))
    }

    /// Every class, newest first. A record that cannot be read is left out (and left alone).
    pub async fn daftar(&self) -> Result<Vec<InfoKelas>, GalatKelas> {
        let tx = self.0.transaction(&[KELAS], TransactionMode::ReadOnly)?;
        let values = tx.object_store(KELAS)?.get_all(None, None)?.await?;
        let mut list: Vec<InfoKelas> = values
            .iter()
            .filter_map(|v| v.as_string())
            .filter_map(|text| serde_json::from_str(&text).ok())
            .collect();
        list.sort_by(|a, b| b.dibuat.cmp(&a.dibuat));
        Ok(list)
    }

    /// Keeps a class's settings (new or changed).
    pub async fn simpan_info(&self, info: &InfoKelas) -> Result<(), GalatKelas> {
        let text = serde_json::to_string(info).unwrap_or_default();
        let tx = self.0.transaction(&[KELAS], TransactionMode::ReadWrite)?;
        tx.object_store(KELAS)?
            .put(
                &JsValue::from_str(&text),
                Some(&JsValue::from_str(&info.id)),
            )?
            .await?;
        selesai(tx).await
    }

    /// A class's files, in the order they were first added.
    pub async fn isi(&self, kelas_id: &str) -> Result<IsiKelas, GalatKelas> {
        let tx = self.0.transaction(&[BERKAS], TransactionMode::ReadOnly)?;
        let values = tx
            .object_store(BERKAS)?
            .get_all(Some(rentang_berkas(kelas_id)?), None)?
            .await?;
        let mut found = Vec::new();
        let mut isi = IsiKelas::default();
        for value in &values {
            // An unreadable record's place is still taken: the codes never move.
            if let Some(urutan) = baca_urutan(value) {
                isi.urutan_berikut = isi.urutan_berikut.max(urutan + 1);
            }
            match baca_rekam(value) {
                Some(item) => found.push(item),
                None => isi.tak_terbaca += 1,
            }
        }
        found.sort_by_key(|(urutan, _)| *urutan);
        (isi.urutan, isi.anggota) = found.into_iter().unzip();
        Ok(isi)
    }

    /// Keeps these participants of a class, each with its place, in one transaction: all of
    /// them or none.
    pub async fn simpan_anggota(
        &self,
        kelas_id: &str,
        items: &[(u32, &Anggota)],
    ) -> Result<(), GalatKelas> {
        // Every record is made before the transaction starts: a failure part-way through
        // would otherwise commit the puts already sent.
        let records = items
            .iter()
            .map(|(urutan, item)| Ok((kunci_berkas(kelas_id, &item.skp.id), rekam(*urutan, item)?)))
            .collect::<Result<Vec<_>, GalatKelas>>()?;
        let tx = self.0.transaction(&[BERKAS], TransactionMode::ReadWrite)?;
        let store = tx.object_store(BERKAS)?;
        for (key, record) in &records {
            // Requests of one transaction run in order; the commit below waits for them all.
            if let Err(error) = store.put(record, Some(key)) {
                let _aborted = tx.abort();
                return Err(error.into());
            }
        }
        selesai(tx).await
    }

    /// Removes one participant's file from these classes (a subordinate from
    /// [`TIM_BAWAHAN`] and [`BAWAHAN_DILIHAT`]), nothing else, in one transaction.
    pub async fn hapus_anggota(&self, kelas_ids: &[&str], skp_id: &str) -> Result<(), GalatKelas> {
        let tx = self.0.transaction(&[BERKAS], TransactionMode::ReadWrite)?;
        let store = tx.object_store(BERKAS)?;
        for kelas_id in kelas_ids {
            let _removed = store.delete(Query::Key(kunci_berkas(kelas_id, skp_id)))?;
        }
        selesai(tx).await
    }

    /// Removes a class and its files, nothing else.
    pub async fn hapus(&self, kelas_id: &str) -> Result<(), GalatKelas> {
        let tx = self
            .0
            .transaction(&[KELAS, BERKAS], TransactionMode::ReadWrite)?;
        let _info = tx
            .object_store(KELAS)?
            .delete(Query::Key(JsValue::from_str(kelas_id)))?;
        let _files = tx.object_store(BERKAS)?.delete(rentang_berkas(kelas_id)?)?;
        selesai(tx).await
    }
}
