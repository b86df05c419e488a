//! The leader's side: the subordinates' SKPs they review, each kept apart from their own SKPs
//! with the version they last saw. Writes go through the domain's review operations on the
//! leader's copy; the copy is kept in IndexedDB (a subordinate's SKP can be as large as the
//! leader's own, and localStorage keeps the leader's own work).

use crate::domain::file::{ditulis_pada, teks_dari_bytes};
use crate::domain::kelas::Anggota;
use crate::domain::lembar::{
    bawa_tulisan_pimpinan, buat_lembar, pratinjau, sidik, LembarUmpanBalik,
};
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
    /// over into it, except `tak_terbawa` of them (their RHK or period is no longer there).
    Diperbarui { nama: String, tak_terbawa: usize },
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
    /// The stored list could not be read: nothing is taken in or written over it.
    pub gagal_muat: RwSignal<bool>,
    /// Files given before the stored list was read: taken once it is.
    antrean: StoredValue<Vec<web_sys::File>, LocalStorage>,
    /// The last removal (a note, a session, a subordinate), for one-click undo.
    pub terakhir: RwSignal<Option<Dihapus>>,
}

/// What the undo line can put back: the subordinate's SKP (and the version last seen) as
/// before the removal, and what was removed in the person's words.
#[derive(Clone, PartialEq)]
pub struct Dihapus {
    pub label: String,
    sebelum: Anggota,
    dilihat: Option<Skp>,
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
            gagal_muat: RwSignal::new(false),
            antrean: StoredValue::new_local(Vec::new()),
            terakhir: RwSignal::new(None),
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
                        (Err(error), _) | (_, Err(error)) => {
                            state.galat.set(Some(error));
                            state.gagal_muat.set(true);
                        }
                    }
                }
                Err(_) => state.memori_saja.set(true),
            }
            state.siap.set(true);
            let waiting = state
                .antrean
                .try_update_value(std::mem::take)
                .unwrap_or_default();
            if !waiting.is_empty() {
                state.impor(waiting);
            }
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
        // The merge is against the stored list: files wait until it is read, and nothing is
        // taken over a list that could not be read (it would be written over).
        if !state.siap.get_untracked() {
            state.antrean.update_value(|a| a.extend(files));
            return;
        }
        if state.gagal_muat.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut dibaca = Vec::new();
            for file in files {
                dibaca.push((file.name(), baca(&file).await));
            }
            // From here to the write, no pause: the merge is on the list as it is now.
            let mut hasil = Vec::new();
            let mut daftar = state.daftar.get_untracked();
            let mut berubah = Vec::new();
            let mut dilihat_baru = Vec::new();
            for (berkas, isi) in dibaca {
                match isi {
                    Err(error) => hasil.push(HasilBawahan::Ditolak { berkas, error }),
                    Ok((mut skp, ditulis)) => {
                        let nama = skp.pegawai.nama.clone();
                        let lama = daftar.iter().position(|a| a.skp.id == skp.id);
                        match lama {
                            Some(i) => {
                                let sebelumnya = daftar[i].skp.clone();
                                let tak_terbawa = tak_terbawa(&sebelumnya, &skp);
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
                                hasil.push(HasilBawahan::Diperbarui { nama, tak_terbawa });
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
    /// they saw (the caller marks it seen once the file is out).
    pub fn lembar(&self, id: &str) -> Option<LembarUmpanBalik> {
        let skp = self.skp(id)?;
        Some(buat_lembar(
            &skp,
            &sidik(&skp),
            clock::today(),
            clock::fresh_id("lembar"),
        ))
    }

    /// Like [`Self::ubah`], for a change that removes something: the copy before it is kept
    /// for one-click undo.
    pub fn ubah_hapus(&self, id: &str, label: String, f: impl FnOnce(&mut Skp) -> bool) {
        let sebelum = self.anggota(id);
        let ada = std::cell::Cell::new(false);
        self.ubah(id, |skp| {
            let changed = f(skp);
            ada.set(changed);
            changed
        });
        if let (true, Some(sebelum)) = (ada.get(), sebelum) {
            self.terakhir.set(Some(Dihapus {
                label,
                sebelum,
                dilihat: None,
            }));
        }
    }

    /// Puts back what the last removal took.
    pub fn urungkan(&self) {
        let Some(Dihapus {
            sebelum, dilihat, ..
        }) = self.terakhir.get_untracked()
        else {
            return;
        };
        self.terakhir.set(None);
        let state = *self;
        let mut tempat = 0;
        state.daftar.update(
            |d| match d.iter().position(|a| a.skp.id == sebelum.skp.id) {
                Some(i) => {
                    d[i] = sebelum.clone();
                    tempat = i;
                }
                None => {
                    d.push(sebelum.clone());
                    tempat = d.len() - 1;
                }
            },
        );
        if let Some(skp) = &dilihat {
            state.dilihat.update(|d| {
                d.insert(skp.id.clone(), skp.clone());
            });
        }
        leptos::task::spawn_local(async move {
            state
                .simpan(TIM_BAWAHAN, &[(tempat as u32, &sebelum)])
                .await;
            if let Some(skp) = dilihat {
                let anggota = Anggota {
                    skp,
                    berkas: String::new(),
                    ditulis_pada: None,
                };
                state.simpan_dilihat(&[anggota]).await;
            }
        });
    }

    fn anggota(&self, id: &str) -> Option<Anggota> {
        self.daftar
            .with_untracked(|d| d.iter().find(|a| a.skp.id == id).cloned())
    }

    /// Removes a subordinate's SKP from the list (their own file is not touched); one click
    /// puts it back.
    pub fn hapus(&self, id: &str, label: String) {
        let state = *self;
        if let Some(sebelum) = state.anggota(id) {
            state.terakhir.set(Some(Dihapus {
                label,
                sebelum,
                dilihat: state.dilihat.with_untracked(|d| d.get(id).cloned()),
            }));
        }
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

    /// Keeps `items`; a failure stays shown until a later write succeeds.
    async fn simpan(&self, kelas: &str, items: &[(u32, &Anggota)]) {
        if let Some(db) = self.db() {
            match db.simpan_anggota(kelas, items).await {
                Ok(()) => self.galat.set(None),
                Err(error) => self.galat.set(Some(error)),
            }
        }
    }

    async fn simpan_dilihat(&self, items: &[Anggota]) {
        let items: Vec<(u32, &Anggota)> = items.iter().map(|a| (0, a)).collect();
        self.simpan(BAWAHAN_DILIHAT, &items).await;
    }
}

/// How many of the leader's items in `lama` have no place in the newer file `baru` (their RHK
/// or period is gone, or the periods are of another kind), so the leader is told.
fn tak_terbawa(lama: &Skp, baru: &Skp) -> usize {
    let lembar = buat_lembar(lama, &sidik(lama), clock::today(), String::new());
    pratinjau(baru, &lembar).tak_terpakai.len()
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
