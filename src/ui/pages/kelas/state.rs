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
use gloo_storage::Storage;
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
    /// Without the store, each class's participants while the page is open.
    memori: StoredValue<std::collections::HashMap<String, Vec<Anggota>>, LocalStorage>,
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
    pub baris: Memo<Vec<BarisKelas>>,
    pub nama_samaran: Memo<Samaran>,
    pub distribusi: Memo<Distribusi>,
    pub tingkat: Memo<TigaTingkat>,
    pub temuan: Memo<Vec<TemuanUmum>>,
}

impl KelasState {
    /// Makes the state for the page and opens the class store.
    pub fn provide() -> KelasState {
        let anggota = RwSignal::new(Vec::<Anggota>::new());
        let aktif = RwSignal::new(None::<InfoKelas>);
        let baris = Memo::new(move |_| anggota.with(|a| kelas::tabel_kelas(a)));
        let organisasi = Memo::new(move |_| aktif.with(|k| k.as_ref().and_then(|k| k.organisasi)));
        let state = KelasState {
            db: StoredValue::new_local(None),
            memori: StoredValue::new_local(Default::default()),
            penyimpanan: RwSignal::new(Penyimpanan::Membuka),
            daftar: RwSignal::new(Vec::new()),
            aktif,
            anggota,
            tak_terbaca: RwSignal::new(0),
            hasil: RwSignal::new(Vec::new()),
            galat: RwSignal::new(None),
            samaran: RwSignal::new(
                gloo_storage::LocalStorage::get::<bool>(SAMARAN_KEY).unwrap_or(false),
            ),
            sedang_impor: RwSignal::new(false),
            baris,
            nama_samaran: Memo::new(move |_| baris.with(|b| Samaran::dari(b))),
            distribusi: Memo::new(move |_| baris.with(|b| kelas::distribusi(b, organisasi.get()))),
            tingkat: Memo::new(move |_| anggota.with(|a| kelas::tiga_tingkat(&skps(a)))),
            temuan: Memo::new(move |_| anggota.with(|a| kelas::temuan_umum(&skps(a)))),
        };
        provide_context(state);
        leptos::task::spawn_local(async move {
            match KelasDb::buka().await {
                Ok(db) => {
                    let list = db.daftar().await.unwrap_or_default();
                    state.db.set_value(Some(db));
                    state.daftar.set(list);
                    state.penyimpanan.set(Penyimpanan::Siap);
                }
                Err(_) => state.penyimpanan.set(Penyimpanan::MemoriSaja),
            }
        });
        state
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
        let _remembered = gloo_storage::LocalStorage::set(SAMARAN_KEY, on);
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
        state.hasil.set(Vec::new());
        if let Some(lama) = state.aktif.get_untracked().filter(|_| state.db().is_none()) {
            let anggota = state.anggota.get_untracked();
            state.memori.update_value(|m| {
                m.insert(lama.id, anggota);
            });
        }
        let Some(id) = id else {
            state.aktif.set(None);
            state.anggota.set(Vec::new());
            return;
        };
        let info = state
            .daftar
            .with_untracked(|d| d.iter().find(|k| k.id == id).cloned());
        let Some(info) = info else {
            // Not (yet) in the list: the store is still opening, or the class was removed.
            return;
        };
        state.aktif.set(Some(info));
        let Some(db) = state.db() else {
            let kept = state.memori.with_value(|m| m.get(&id).cloned());
            state.anggota.set(kept.unwrap_or_default());
            return;
        };
        state.anggota.set(Vec::new());
        leptos::task::spawn_local(async move {
            match db.isi(&id).await {
                Ok(isi) => {
                    // The person may have opened another class meanwhile.
                    if state
                        .aktif
                        .with_untracked(|k| k.as_ref().is_some_and(|k| k.id == id))
                    {
                        state.tak_terbaca.set(isi.tak_terbaca);
                        state.anggota.set(isi.anggota);
                    }
                }
                Err(error) => state.galat.set(Some(error)),
            }
        });
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
    /// earlier one. Everything taken is kept in one transaction.
    pub fn impor(&self, files: Vec<web_sys::File>) {
        let state = *self;
        let Some(kelas_id) = state
            .aktif
            .with_untracked(|k| k.as_ref().map(|k| k.id.clone()))
        else {
            return;
        };
        state.sedang_impor.set(true);
        leptos::task::spawn_local(async move {
            let mut anggota = state.anggota.get_untracked();
            let mut hasil = Vec::new();
            let mut berubah = std::collections::BTreeSet::new();
            for file in files {
                let berkas = file.name();
                match baca(&file).await {
                    Ok(dibaca) => {
                        for (skp, ditulis) in dibaca {
                            let nama = Some(skp.pegawai.nama.clone());
                            let (tambah, i) = kelas::tambah_di(
                                &mut anggota,
                                Anggota {
                                    skp,
                                    berkas: berkas.clone(),
                                    ditulis_pada: ditulis,
                                },
                            );
                            if !matches!(tambah, Tambah::LebihLamaDiabaikan { .. }) {
                                berubah.insert(i);
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
            if let Some(db) = state.db() {
                let items: Vec<(u32, &Anggota)> = anggota
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| berubah.contains(i))
                    .map(|(i, a)| (i as u32, a))
                    .collect();
                match db.simpan_anggota(&kelas_id, &items).await {
                    Ok(()) => state.galat.set(None),
                    Err(error) => state.galat.set(Some(error)),
                }
            }
            // The person may have left this class while the files were read.
            if state
                .aktif
                .with_untracked(|k| k.as_ref().is_some_and(|k| k.id == kelas_id))
            {
                state.anggota.set(anggota);
                state.hasil.set(hasil);
            }
            state.sedang_impor.set(false);
        });
    }
}

fn skps(anggota: &[Anggota]) -> Vec<&Skp> {
    anggota.iter().map(|a| &a.skp).collect()
}

/// One file's SKPs with when the file was written: one for an SKP file, each SKP of a backup.
async fn baca(file: &web_sys::File) -> Result<Vec<(Skp, Option<String>)>, FileError> {
    check_size(file.size() as usize)?;
    let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => Vec::new(),
    };
    check_size(bytes.len())?;
    let text = teks_dari_bytes(&bytes)?;
    let ditulis = ditulis_pada(&text);
    Ok(match import(&text)? {
        Imported::Skp(skp) => vec![(skp, ditulis)],
        Imported::Backup(skps) => skps.into_iter().map(|s| (s, ditulis.clone())).collect(),
    })
}
