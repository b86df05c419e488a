//! The leader's side: the subordinates' SKPs they review, each kept apart from their own SKPs
//! with the version they last saw. Writes go through the domain's review operations on the
//! leader's copy; the copy is kept in IndexedDB (a subordinate's SKP can be as large as the
//! leader's own, and localStorage keeps the leader's own work).

use crate::domain::file::{ditulis_pada, teks_dari_bytes};
use crate::domain::kelas::Anggota;
use crate::domain::lembar::{bawa_tulisan_pimpinan, buat_lembar, sidik, LembarUmpanBalik};
use crate::domain::{check_size, import, FileError, Imported, Skp};
use crate::store::kelas::{GalatKelas, KelasDb, BAWAHAN_DILIHAT, TIM_BAWAHAN};
use crate::ui::clock;
use leptos::prelude::*;
use std::collections::HashMap;

/// What became of one file given to the list.
#[derive(Debug, Clone, PartialEq)]
pub enum HasilBawahan {
    /// A subordinate not yet in the list.
    Baru { nama: String },
    /// A newer file of a subordinate already in the list: the leader's notes were carried
    /// over into it.
    Diperbarui { nama: String },
    /// Refused, with why.
    Ditolak { berkas: String, error: FileError },
}

#[derive(Clone, Copy)]
pub struct BawahanState {
    db: StoredValue<Option<KelasDb>, LocalStorage>,
    dibuka: StoredValue<bool, LocalStorage>,
    /// The version of each SKP the leader last saw.
    dilihat: RwSignal<HashMap<String, Skp>>,
    /// Every subordinate's SKP, with the leader's notes in it.
    pub daftar: RwSignal<Vec<Anggota>>,
    /// The stored list has been read (or there is no store).
    pub siap: RwSignal<bool>,
    /// IndexedDB is blocked here: the list lasts while the page is open.
    pub memori_saja: RwSignal<bool>,
    pub hasil: RwSignal<Vec<HasilBawahan>>,
    pub galat: RwSignal<Option<GalatKelas>>,
}

impl BawahanState {
    pub fn provide() -> BawahanState {
        let state = BawahanState {
            db: StoredValue::new_local(None),
            dibuka: StoredValue::new_local(false),
            dilihat: RwSignal::new(HashMap::new()),
            daftar: RwSignal::new(Vec::new()),
            siap: RwSignal::new(false),
            memori_saja: RwSignal::new(false),
            hasil: RwSignal::new(Vec::new()),
            galat: RwSignal::new(None),
        };
        provide_context(state);
        state
    }

    pub fn get() -> BawahanState {
        expect_context()
    }

    /// Reads the stored list, the first time the page is shown.
    pub fn siapkan(&self) {
        let state = *self;
        if state.dibuka.get_value() {
            return;
        }
        state.dibuka.set_value(true);
        leptos::task::spawn_local(async move {
            match KelasDb::buka().await {
                Ok(db) => {
                    let daftar = db.isi(TIM_BAWAHAN).await;
                    let dilihat = db.isi(BAWAHAN_DILIHAT).await;
                    state.db.set_value(Some(db));
                    match (daftar, dilihat) {
                        (Ok(daftar), Ok(dilihat)) => {
                            state.dilihat.set(
                                dilihat
                                    .anggota
                                    .into_iter()
                                    .map(|a| (a.skp.id.clone(), a.skp))
                                    .collect(),
                            );
                            state.daftar.set(daftar.anggota);
                        }
                        (Err(error), _) | (_, Err(error)) => state.galat.set(Some(error)),
                    }
                }
                Err(_) => state.memori_saja.set(true),
            }
            state.siap.set(true);
        });
    }

    fn db(&self) -> Option<KelasDb> {
        self.db.with_value(Clone::clone)
    }

    /// The review copy of SKP `id`.
    pub fn skp(&self, id: &str) -> Option<Skp> {
        self.daftar
            .with(|d| d.iter().find(|a| a.skp.id == id).map(|a| a.skp.clone()))
    }

    /// The version of SKP `id` the leader last saw, if they ever marked one.
    pub fn dilihat(&self, id: &str) -> Option<Skp> {
        self.dilihat.with(|d| d.get(id).cloned())
    }

    /// Takes subordinates' SKP files in: a new SKP joins the list (not yet seen); a file of
    /// an SKP in the list replaces it, with the leader's notes carried into it, and the
    /// version the leader saw (or, if they never marked one, the one replaced) stays to
    /// compare with. An older file than the one kept is still taken
    /// (the leader chose it), with their notes carried over too.
    pub fn impor(&self, files: Vec<web_sys::File>) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut hasil = Vec::new();
            let mut daftar = state.daftar.get_untracked();
            let mut berubah = Vec::new();
            let mut dilihat_baru = Vec::new();
            for file in files {
                let berkas = file.name();
                match baca(&file).await {
                    Err(error) => hasil.push(HasilBawahan::Ditolak { berkas, error }),
                    Ok((mut skp, ditulis)) => {
                        let nama = skp.pegawai.nama.clone();
                        let lama = daftar.iter().position(|a| a.skp.id == skp.id);
                        match lama {
                            Some(i) => {
                                let sebelumnya = daftar[i].skp.clone();
                                bawa_tulisan_pimpinan(&sebelumnya, &mut skp);
                                if state.dilihat.with_untracked(|d| !d.contains_key(&skp.id)) {
                                    dilihat_baru.push(sebelumnya);
                                }
                                daftar[i] = Anggota {
                                    skp,
                                    berkas,
                                    ditulis_pada: ditulis,
                                };
                                berubah.push(i);
                                hasil.push(HasilBawahan::Diperbarui { nama });
                            }
                            None => {
                                daftar.push(Anggota {
                                    skp,
                                    berkas,
                                    ditulis_pada: ditulis,
                                });
                                berubah.push(daftar.len() - 1);
                                hasil.push(HasilBawahan::Baru { nama });
                            }
                        }
                    }
                }
            }
            state.daftar.set(daftar.clone());
            state.dilihat.update(|d| {
                for skp in &dilihat_baru {
                    d.insert(skp.id.clone(), skp.clone());
                }
            });
            state.hasil.set(hasil);
            let items: Vec<(u32, &Anggota)> =
                berubah.iter().map(|&i| (i as u32, &daftar[i])).collect();
            state.simpan(TIM_BAWAHAN, &items).await;
            let dilihat: Vec<Anggota> = dilihat_baru
                .into_iter()
                .map(|skp| Anggota {
                    skp,
                    berkas: String::new(),
                    ditulis_pada: None,
                })
                .collect();
            state.simpan_dilihat(&dilihat).await;
        });
    }

    /// Changes the leader's copy of SKP `id` with one of the domain's review operations
    /// (`f` says whether it changed anything) and keeps it.
    pub fn ubah(&self, id: &str, f: impl FnOnce(&mut Skp) -> bool) {
        let state = *self;
        let mut changed = None;
        state.daftar.update(|d| {
            if let Some((i, a)) = d.iter_mut().enumerate().find(|(_, a)| a.skp.id == id) {
                if f(&mut a.skp) {
                    changed = Some((i as u32, a.clone()));
                }
            }
        });
        if let Some((i, anggota)) = changed {
            leptos::task::spawn_local(async move {
                state.simpan(TIM_BAWAHAN, &[(i, &anggota)]).await;
            });
        }
    }

    /// The leader has seen SKP `id` as it is now.
    pub fn tandai_dilihat(&self, id: &str) {
        let Some(skp) = self.skp(id) else {
            return;
        };
        let state = *self;
        state.dilihat.update(|d| {
            d.insert(skp.id.clone(), skp.clone());
        });
        leptos::task::spawn_local(async move {
            let anggota = Anggota {
                skp,
                berkas: String::new(),
                ditulis_pada: None,
            };
            state.simpan_dilihat(&[anggota]).await;
        });
    }

    /// The feedback slip of SKP `id`: everything the leader wrote in it, tied to the version
    /// they saw. Making it marks that version seen.
    pub fn lembar(&self, id: &str) -> Option<LembarUmpanBalik> {
        let skp = self.skp(id)?;
        let lembar = buat_lembar(
            &skp,
            &sidik(&skp),
            clock::today(),
            clock::fresh_id("lembar"),
        );
        self.tandai_dilihat(id);
        Some(lembar)
    }

    /// Removes a subordinate's SKP from the list (their own file is not touched).
    pub fn hapus(&self, id: &str) {
        let state = *self;
        state.daftar.update(|d| d.retain(|a| a.skp.id != id));
        state.dilihat.update(|d| {
            d.remove(id);
        });
        let id = id.to_owned();
        leptos::task::spawn_local(async move {
            if let Some(db) = state.db() {
                let result = db.hapus_anggota(&[TIM_BAWAHAN, BAWAHAN_DILIHAT], &id).await;
                state.galat.set(result.err());
            }
        });
    }

    async fn simpan(&self, kelas: &str, items: &[(u32, &Anggota)]) {
        if let Some(db) = self.db() {
            let result = db.simpan_anggota(kelas, items).await;
            self.galat.set(result.err());
        }
    }

    async fn simpan_dilihat(&self, items: &[Anggota]) {
        let items: Vec<(u32, &Anggota)> = items.iter().map(|a| (0, a)).collect();
        self.simpan(BAWAHAN_DILIHAT, &items).await;
    }
}

/// One SKP file, with when it was written. A backup, a pack or a slip is refused: a leader
/// reviews one subordinate's SKP at a time.
async fn baca(file: &web_sys::File) -> Result<(Skp, Option<String>), FileError> {
    check_size(file.size() as usize)?;
    let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => Vec::new(),
    };
    check_size(bytes.len())?;
    let text = teks_dari_bytes(&bytes)?;
    match import(&text)? {
        Imported::Skp(skp) => Ok((skp, ditulis_pada(&text))),
        Imported::Backup(_) => Err(FileError::WrongKind {
            found: crate::domain::file::JenisBerkas::Cadangan,
            expected: crate::domain::file::JenisBerkas::Skp,
        }),
    }
}
