//! The workshop page's state: the class store, the list of classes, the open class, and what
//! the domain computes from it (one memo each: a sort, a filter or the anonymised switch
//! re-draws what shows it, not the page).

use crate::domain::file::{ditulis_pada, teks_dari_bytes};
use crate::domain::kelas::{
    self, Anggota, BarisKelas, Distribusi, Samaran, Tambah, TemuanUmum, TigaTingkat,
};
use crate::domain::model::PredikatOrganisasi;
use crate::domain::{check_size, import, FileError, Imported, Skp};
use crate::store::kelas::{GalatKelas, InfoKelas, KelasDb};
use crate::ui::clock;
use leptos::prelude::*;

/// Where the anonymised switch is remembered: it stays on until switched off, across reloads.
const SAMARAN_KEY: &str = "skp-mandiri/kelas-samaran";

/// Where classes are kept in this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penyimpanan {
    Membuka,
    /// In IndexedDB: kept across reloads.
    Siap,
    /// IndexedDB is blocked here: a class lasts while the page is open.
    MemoriSaja,
}

/// What became of one file of an import.
#[derive(Debug, Clone, PartialEq)]
pub enum HasilBerkas {
    Diambil(Tambah),
    Ditolak(FileError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct HasilImpor {
    pub berkas: String,
    /// The participant's name, for a file that was read.
    pub nama: Option<String>,
    pub hasil: HasilBerkas,
}

#[derive(Clone, Copy)]
pub struct KelasState {
    db: StoredValue<Option<KelasDb>, LocalStorage>,
    dibuka: StoredValue<bool, LocalStorage>,
    /// Without the store, each class's participants while the tab is open.
    memori: StoredValue<std::collections::HashMap<String, Vec<Anggota>>, LocalStorage>,
    /// Each participant's stored place (parallel to `anggota`), and the next newcomer's.
    urutan: StoredValue<(Vec<u32>, u32), LocalStorage>,
    /// Participants of the open class changed here but not yet kept (a write failed): the
    /// next write keeps them too.
    belum: StoredValue<std::collections::BTreeSet<String>, LocalStorage>,
    /// Files dropped while an import or the loading ran: taken in turn after it, never lost.
    antrean: StoredValue<Vec<web_sys::File>, LocalStorage>,
    pub penyimpanan: RwSignal<Penyimpanan>,
    pub daftar: RwSignal<Vec<InfoKelas>>,
    pub aktif: RwSignal<Option<InfoKelas>>,
    pub anggota: RwSignal<Vec<Anggota>>,
    /// Stored records of the open class this version could not read (left as they are).
    pub tak_terbaca: RwSignal<usize>,
    pub hasil: RwSignal<Vec<HasilImpor>>,
    /// The last thing the store refused; the class on screen is then not (all) kept.
    pub galat: RwSignal<Option<GalatKelas>>,
    pub samaran: RwSignal<bool>,
    pub sedang_impor: RwSignal<bool>,
    /// The open class's stored files are being read: an import waits for them.
    pub memuat: RwSignal<bool>,
    pub baris: Memo<Vec<BarisKelas>>,
    pub nama_samaran: Memo<Samaran>,
    pub distribusi: Memo<Distribusi>,
    pub tingkat: Memo<TigaTingkat>,
    pub temuan: Memo<Vec<TemuanUmum>>,
}

impl KelasState {
    /// Makes the state once for the app, so that a class held only in memory (no IndexedDB)
    /// survives a visit to another page.
    pub fn provide() -> KelasState {
        let anggota = RwSignal::new(Vec::<Anggota>::new());
        let aktif = RwSignal::new(None::<InfoKelas>);
        let baris = Memo::new(move |_| anggota.with(|a| kelas::tabel_kelas(a)));
        let organisasi = Memo::new(move |_| aktif.with(|k| k.as_ref().and_then(|k| k.organisasi)));
        let state = KelasState {
            db: StoredValue::new_local(None),
            dibuka: StoredValue::new_local(false),
            memori: StoredValue::new_local(Default::default()),
            urutan: StoredValue::new_local((Vec::new(), 0)),
            belum: StoredValue::new_local(Default::default()),
            antrean: StoredValue::new_local(Vec::new()),
            penyimpanan: RwSignal::new(Penyimpanan::Membuka),
            daftar: RwSignal::new(Vec::new()),
            aktif,
            anggota,
            tak_terbaca: RwSignal::new(0),
            hasil: RwSignal::new(Vec::new()),
            galat: RwSignal::new(None),
            samaran: RwSignal::new(baca_samaran()),
            sedang_impor: RwSignal::new(false),
            memuat: RwSignal::new(false),
            baris,
            nama_samaran: Memo::new(move |_| baris.with(|b| Samaran::dari(b))),
            distribusi: Memo::new(move |_| baris.with(|b| kelas::distribusi(b, organisasi.get()))),
            tingkat: Memo::new(move |_| anggota.with(|a| kelas::tiga_tingkat(&skps(a)))),
            temuan: Memo::new(move |_| anggota.with(|a| kelas::temuan_umum(&skps(a)))),
        };
        provide_context(state);
        state
    }

    /// Opens the class store, the first time the page is shown (a person who never opens it
    /// gets no database).
    pub fn siapkan(&self) {
        let state = *self;
        if state.dibuka.get_value() {
            return;
        }
        state.dibuka.set_value(true);
        leptos::task::spawn_local(async move {
            match KelasDb::buka().await {
                Ok(db) => {
                    let list = db.daftar().await;
                    state.db.set_value(Some(db));
                    match list {
                        Ok(list) => state.daftar.set(list),
                        Err(error) => state.galat.set(Some(error)),
                    }
                    state.penyimpanan.set(Penyimpanan::Siap);
                }
                Err(_) => state.penyimpanan.set(Penyimpanan::MemoriSaja),
            }
        });
    }

    pub fn get() -> KelasState {
        expect_context()
    }

    fn db(&self) -> Option<KelasDb> {
        self.db.with_value(Clone::clone)
    }

    /// Switches the anonymised view, and remembers it.
    pub fn set_samaran(&self, on: bool) {
        self.samaran.set(on);
        if let Some(storage) = penyimpanan_lokal() {
            // Remembering is a help: blocked or full, the switch still works for this page.
            let _remembered = storage.set_item(SAMARAN_KEY, if on { "true" } else { "false" });
        }
    }

    /// Opens the class `id` from the store (`None`: back to the list).
    pub fn buka(&self, id: Option<String>) {
        let state = *self;
        if state
            .aktif
            .with_untracked(|k| k.as_ref().map(|k| &k.id) == id.as_ref())
        {
            return;
        }
        if state.db().is_none() {
            if let Some(lama) = state.aktif.get_untracked() {
                let anggota = state.anggota.get_untracked();
                state.memori.update_value(|m| {
                    m.insert(lama.id, anggota);
                });
            }
        }
        state.hasil.set(Vec::new());
        state.galat.set(None);
        state.tak_terbaca.set(0);
        state.belum.update_value(|b| b.clear());
        state.antrean.update_value(Vec::clear);
        let info = id.and_then(|id| {
            state
                .daftar
                .with_untracked(|d| d.iter().find(|k| k.id == id).cloned())
        });
        // An unknown id (a removed class, or the store still opening) shows the list.
        let Some(info) = info else {
            state.aktif.set(None);
            state.anggota.set(Vec::new());
            return;
        };
        let id = info.id.clone();
        state.aktif.set(Some(info));
        let Some(db) = state.db() else {
            let kept = state
                .memori
                .with_value(|m| m.get(&id).cloned())
                .unwrap_or_default();
            let n = kept.len() as u32;
            state.urutan.set_value(((0..n).collect(), n));
            state.anggota.set(kept);
            return;
        };
        state.anggota.set(Vec::new());
        state.memuat.set(true);
        leptos::task::spawn_local(async move {
            let isi = db.isi(&id).await;
            // The person may have opened another class meanwhile.
            if !state.terbuka(&id) {
                return;
            }
            match isi {
                Ok(isi) => {
                    state.tak_terbaca.set(isi.tak_terbaca);
                    state.urutan.set_value((isi.urutan, isi.urutan_berikut));
                    state.anggota.set(isi.anggota);
                }
                Err(error) => state.galat.set(Some(error)),
            }
            state.memuat.set(false);
            state.lanjutkan();
        });
    }

    /// Takes in the files that waited, if any.
    fn lanjutkan(&self) {
        let files = self
            .antrean
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if !files.is_empty() {
            self.impor_lanjutan(files, true);
        }
    }

    fn terbuka(&self, id: &str) -> bool {
        self.aktif
            .with_untracked(|k| k.as_ref().is_some_and(|k| k.id == id))
    }

    /// Makes a new, empty class and returns its id.
    pub fn baru(&self, nama: String) -> String {
        let info = InfoKelas {
            id: clock::fresh_id("kelas"),
            nama,
            dibuat: clock::now(),
            organisasi: None,
        };
        let id = info.id.clone();
        self.daftar.update(|d| d.insert(0, info.clone()));
        self.simpan_info(info);
        id
    }

    /// Changes the organisation's predikat the open class is checked against.
    pub fn set_organisasi(&self, organisasi: Option<PredikatOrganisasi>) {
        let Some(mut info) = self.aktif.get_untracked() else {
            return;
        };
        info.organisasi = organisasi;
        self.aktif.set(Some(info.clone()));
        self.daftar.update(|d| {
            if let Some(k) = d.iter_mut().find(|k| k.id == info.id) {
                *k = info.clone();
            }
        });
        self.simpan_info(info);
    }

    fn simpan_info(&self, info: InfoKelas) {
        let state = *self;
        let Some(db) = state.db() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(error) = db.simpan_info(&info).await {
                state.galat.set(Some(error));
            }
        });
    }

    /// Removes a class and its files; nothing else.
    pub fn hapus(&self, id: String) {
        let state = *self;
        state.daftar.update(|d| d.retain(|k| k.id != id));
        if state
            .aktif
            .with_untracked(|k| k.as_ref().is_some_and(|k| k.id == id))
        {
            state.buka(None);
        }
        let Some(db) = state.db() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(error) = db.hapus(&id).await {
                state.galat.set(Some(error));
            }
        });
    }

    /// Reads many files (SKP files and backups) into the open class: each bad file is listed
    /// with its reason, the good ones are taken, a participant's newer file replaces the
    /// earlier one. Everything taken is kept in one transaction. One import at a time, and
    /// only once the class's stored files are in, since the merge compares against them:
    /// files given meanwhile wait their turn.
    pub fn impor(&self, files: Vec<web_sys::File>) {
        self.impor_lanjutan(files, false);
    }

    /// [`Self::impor`]; `lanjutan`: files that waited, whose results join the list shown.
    fn impor_lanjutan(&self, files: Vec<web_sys::File>, lanjutan: bool) {
        let state = *self;
        let Some(kelas_id) = state
            .aktif
            .with_untracked(|k| k.as_ref().map(|k| k.id.clone()))
        else {
            return;
        };
        if state.sedang_impor.get_untracked() || state.memuat.get_untracked() {
            state.antrean.update_value(|a| a.extend(files));
            return;
        }
        state.sedang_impor.set(true);
        leptos::task::spawn_local(async move {
            let dibaca = baca_semua(files).await;
            // Left meanwhile: nothing is taken (the files are where they were).
            if !state.terbuka(&kelas_id) {
                state.sedang_impor.set(false);
                state.lanjutkan();
                return;
            }
            // From here to the write, no pause: the merge is on the list as it is.
            let mut anggota = state.anggota.get_untracked();
            let mut hasil = Vec::new();
            for (berkas, isi) in dibaca {
                match isi {
                    Ok(skps) => {
                        for (skp, ditulis) in skps {
                            let nama = Some(skp.pegawai.nama.clone());
                            let (tambah, i) = kelas::tambah_di(
                                &mut anggota,
                                Anggota {
                                    skp,
                                    berkas: berkas.clone(),
                                    ditulis_pada: ditulis,
                                },
                            );
                            state.urutan.update_value(|(urutan, berikut)| {
                                if i == urutan.len() {
                                    urutan.push(*berikut);
                                    *berikut += 1;
                                }
                            });
                            if !matches!(tambah, Tambah::LebihLamaDiabaikan { .. }) {
                                let id = anggota[i].skp.id.clone();
                                state.belum.update_value(|b| {
                                    b.insert(id);
                                });
                            }
                            hasil.push(HasilImpor {
                                berkas: berkas.clone(),
                                nama,
                                hasil: HasilBerkas::Diambil(tambah),
                            });
                        }
                    }
                    Err(error) => hasil.push(HasilImpor {
                        berkas,
                        nama: None,
                        hasil: HasilBerkas::Ditolak(error),
                    }),
                }
            }
            state.anggota.set(anggota.clone());
            if lanjutan {
                state.hasil.update(|h| h.extend(hasil));
            } else {
                state.hasil.set(hasil);
            }
            if let Some(db) = state.db() {
                let urutan = state.urutan.get_value().0;
                let belum = state.belum.get_value();
                let items: Vec<(u32, &Anggota)> = anggota
                    .iter()
                    .zip(urutan)
                    .filter(|(a, _)| belum.contains(&a.skp.id))
                    .map(|(a, u)| (u, a))
                    .collect();
                match db.simpan_anggota(&kelas_id, &items).await {
                    Ok(()) => {
                        state.belum.update_value(|b| b.clear());
                        state.galat.set(None);
                    }
                    Err(error) => state.galat.set(Some(error)),
                }
            }
            state.sedang_impor.set(false);
            state.lanjutkan();
        });
    }
}

/// localStorage, unless the browser blocks it (then the app runs in memory).
fn penyimpanan_lokal() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn baca_samaran() -> bool {
    penyimpanan_lokal()
        .and_then(|s| s.get_item(SAMARAN_KEY).ok().flatten())
        .is_some_and(|v| v == "true")
}

fn skps(anggota: &[Anggota]) -> Vec<&Skp> {
    anggota.iter().map(|a| &a.skp).collect()
}

/// What one file held: its SKPs with when the file was written (one for an SKP file, each SKP
/// of a backup), or why it is refused.
type Dibaca = Result<Vec<(Skp, Option<String>)>, FileError>;

/// Reads every file at once (the browser reads them in parallel), then checks each in turn.
async fn baca_semua(files: Vec<web_sys::File>) -> Vec<(String, Dibaca)> {
    let reads: js_sys::Array = files
        .iter()
        .map(|f| match check_size(f.size() as usize) {
            Ok(()) => wasm_bindgen::JsValue::from(f.array_buffer()),
            Err(_) => wasm_bindgen::JsValue::NULL,
        })
        .collect();
    // A file the browser cannot read (removed meanwhile) reads as empty and is refused so.
    let buffers = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&reads))
        .await
        .map(|v| js_sys::Array::from(&v))
        .unwrap_or_default();
    files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let value = js_sys::Reflect::get(&buffers.get(i as u32), &"value".into())
                .unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
            let bytes = (!value.is_undefined() && !value.is_null())
                .then(|| js_sys::Uint8Array::new(&value).to_vec());
            (file.name(), baca(file, bytes))
        })
        .collect()
}

/// One file's SKPs, from its bytes (`None` when too large to read).
fn baca(file: &web_sys::File, bytes: Option<Vec<u8>>) -> Dibaca {
    check_size(file.size() as usize)?;
    let bytes = bytes.unwrap_or_default();
    check_size(bytes.len())?;
    let text = teks_dari_bytes(&bytes)?;
    let ditulis = ditulis_pada(&text);
    Ok(match import(&text)? {
        Imported::Skp(skp) => vec![(skp, ditulis)],
        Imported::Backup(skps) => skps.into_iter().map(|s| (s, ditulis.clone())).collect(),
    })
}
