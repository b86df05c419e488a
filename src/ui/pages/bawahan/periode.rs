//! One evaluation period under review: each RHK with its IKI's realisasi and capaian (read
//! only) and the leader's umpan balik on it; umpan balik per BerAKHLAK value; dialog kinerja
//! notes; bimbingan kinerja records; and the leader's two ratings.

use super::state::BawahanState;
use super::tinjau::RatingPimpinan;
use crate::domain::model::{JenisBimbingan, NilaiBerakhlak, Skp};
use crate::domain::operasi::{
    ditulis_pimpinan, hapus_tulisan_pimpinan, tambah_bimbingan, tambah_dialog_pimpinan,
    tambah_umpan_balik_pimpinan_perilaku, tambah_umpan_balik_pimpinan_rhk, ubah_bimbingan,
    ubah_tulisan_pimpinan,
};
use crate::domain::penilaian::{fmt_persen, fmt_target};
use crate::domain::rules::capaian::CapaianSkp;
use crate::i18n::tinjauan;
use crate::ui::clock;
use crate::ui::language::Language;
use leptos::prelude::*;

/// One note the leader wrote: its id, and its text.
type Catatan = (String, String);

#[component]
pub fn TinjauanPeriode(id: String, skp: Memo<Option<Skp>>) -> impl IntoView {
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let periode = Memo::new(move |_| {
        skp.with(|s| {
            s.as_ref()
                .map(|s| s.daftar_periode_evaluasi())
                .unwrap_or_default()
        })
    });
    let ke = RwSignal::new(1u32);
    let pilihan = move || {
        let lang = lang.get();
        periode
            .get()
            .into_iter()
            .map(|p| view! { <option value=p.ke.to_string() selected=move || ke.get() == p.ke>{p.label(lang)}</option> })
            .collect_view()
    };
    let rhk = move || {
        skp.with(|s| {
            s.as_ref()
                .map(|s| s.rhk.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let id_rhk = id.clone();
    let id_nilai = id.clone();
    let id_dialog = id.clone();
    let id_bimbingan = id.clone();
    view! {
        <section aria-labelledby="periode-tinjauan">
            <h2 id="periode-tinjauan">{move || t().period_title}</h2>
            <label class="field">
                <span>{move || t().period_choose}</span>
                <select on:change=move |ev| {
                    if let Ok(k) = event_target_value(&ev).parse() {
                        ke.set(k);
                    }
                }>{pilihan}</select>
            </label>
            <For each=rhk key=Clone::clone let:rhk_id>
                <RhkDitinjau id=id_rhk.clone() skp=skp ke=ke rhk_id=rhk_id />
            </For>
            <h3>{move || t().behaviour_title}</h3>
            {NilaiBerakhlak::SEMUA
                .into_iter()
                .map(|nilai| {
                    let id = id_nilai.clone();
                    let daftar = Signal::derive(move || {
                        skp.with(|s| {
                            s.as_ref()
                                .and_then(|s| s.evaluasi_ke(ke.get()))
                                .map(|ev| {
                                    ev.umpan_balik_perilaku
                                        .iter()
                                        .filter(|u| u.nilai == nilai)
                                        .map(|u| (u.id.clone(), u.isi.clone()))
                                        .collect()
                                })
                                .unwrap_or_default()
                        })
                    });
                    let judul = move || nilai.nama(lang.get()).to_owned();
                    let tambah = move |skp: &mut Skp| {
                        tambah_umpan_balik_pimpinan_perilaku(skp, ke.get_untracked(), nilai, Some(clock::today())).is_some()
                    };
                    view! {
                        <h4>{judul}</h4>
                        <DaftarCatatan id=id judul=Signal::derive(judul) daftar=daftar ke=ke tambah=tambah />
                    }
                })
                .collect_view()}
            <h3>{move || t().dialog_title}</h3>
            <DaftarCatatan
                id=id_dialog
                judul=Signal::derive(move || t().dialog_title.to_owned())
                daftar=Signal::derive(move || {
                    skp.with(|s| {
                        s.as_ref()
                            .and_then(|s| s.evaluasi_ke(ke.get()))
                            .map(|ev| ev.dialog_kinerja.iter().map(|d| (d.id.clone(), d.catatan.clone())).collect())
                            .unwrap_or_default()
                    })
                })
                ke=ke
                tambah=move |skp: &mut Skp| tambah_dialog_pimpinan(skp, ke.get_untracked(), Some(clock::today())).is_some()
            />
            <Bimbingan id=id_bimbingan skp=skp ke=ke />
            <h3>{move || t().period_rating}</h3>
            <RatingPimpinan id=id.clone() skp=skp ke=Signal::derive(move || Some(ke.get())) />
        </section>
    }
}

/// One RHK: its text and IKI with realisasi and capaian in the period, read only, and the
/// leader's umpan balik on it.
#[component]
fn RhkDitinjau(
    id: String,
    skp: Memo<Option<Skp>>,
    ke: RwSignal<u32>,
    rhk_id: String,
) -> impl IntoView {
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let baca_rhk = rhk_id.clone();
    let isi = move || {
        let lang = lang.get();
        let ke = ke.get();
        skp.with(|s| {
            let s = s.as_ref()?;
            let r = s.rhk.iter().find(|r| r.id == baca_rhk)?;
            let mesin = CapaianSkp::of(s);
            let iki = r
                .iki
                .iter()
                .map(|i| {
                    let realisasi = s
                        .evaluasi_ke(ke)
                        .and_then(|ev| ev.realisasi.iter().find(|re| re.iki_id == i.id))
                        .map(|re| re.uraian.clone())
                        .unwrap_or_default();
                    let capaian = mesin.iki(&i.id).and_then(|c| c.pada(Some(ke))).and_then(|c| c.capaian);
                    view! {
                        <tr>
                            <td>{i.indikator.clone()}</td>
                            <td>{fmt_target(i.target.as_ref(), lang)}</td>
                            <td>{realisasi}</td>
                            <td class="num">{fmt_persen(capaian, lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let t = tinjauan::text(lang);
            Some(view! {
                <h3>{r.rencana_hasil_kerja.clone()}</h3>
                <div class="table-scroll">
                    <table class="doc-table">
                        <thead><tr><th scope="col">"IKI"</th><th scope="col">{t.col_target}</th><th scope="col">{t.col_realisasi}</th><th scope="col">{t.col_capaian}</th></tr></thead>
                        <tbody>{iki}</tbody>
                    </table>
                </div>
            })
        })
    };
    let baca_umpan = rhk_id.clone();
    let daftar = Signal::derive(move || {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.evaluasi_ke(ke.get()))
                .map(|ev| {
                    ev.umpan_balik_rhk
                        .iter()
                        .filter(|u| u.rhk_id == baca_umpan)
                        .map(|u| (u.id.clone(), u.isi.clone()))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let judul = {
        let rhk_id = rhk_id.clone();
        Signal::derive(move || {
            let teks = skp.with(|s| {
                s.as_ref()
                    .and_then(|s| s.rhk.iter().find(|r| r.id == rhk_id))
                    .map(|r| r.rencana_hasil_kerja.clone())
                    .unwrap_or_default()
            });
            (t().feedback_on)(&teks)
        })
    };
    let rhk_id = StoredValue::new(rhk_id);
    let tambah = move |skp: &mut Skp| {
        rhk_id.with_value(|rhk_id| {
            tambah_umpan_balik_pimpinan_rhk(skp, ke.get_untracked(), rhk_id, Some(clock::today()))
                .is_some()
        })
    };
    view! {
        <div class="rhk-review">
            {isi}
            <DaftarCatatan id=id judul=judul daftar=daftar ke=ke tambah=tambah />
        </div>
    }
}

/// A list of the leader's notes of one kind in the period, each editable and removable, and
/// a button to add one.
#[component]
fn DaftarCatatan(
    id: String,
    judul: Signal<String>,
    daftar: Signal<Vec<Catatan>>,
    ke: RwSignal<u32>,
    tambah: impl Fn(&mut Skp) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let id_tambah = id.clone();
    view! {
        <div class="catatan-pimpinan">
            <For each=move || daftar.get() key=|(catatan_id, _)| catatan_id.clone() let:((catatan_id, _))>
                {
                    let id = id.clone();
                    let id_hapus = id.clone();
                    let baca = catatan_id.clone();
                    let hapus_id = catatan_id.clone();
                    let nilai = move || daftar.with(|d| d.iter().find(|(c, _)| *c == baca).map(|(_, isi)| isi.clone()).unwrap_or_default());
                    if !ditulis_pimpinan(&catatan_id) {
                        // The employee's own record of what was said: theirs, shown as it is.
                        return view! { <p class="hint">{move || (t().recorded_by_employee)(&nilai())}</p> }.into_any();
                    }
                    view! {
                        <div class="catatan-item">
                            <label class="field">
                                <span>{move || judul.get()}</span>
                                <textarea
                                    prop:value=nilai
                                    on:change=move |ev| {
                                        let isi = event_target_value(&ev);
                                        let ke = ke.get_untracked();
                                        state.ubah(&id, |skp| ubah_tulisan_pimpinan(skp, ke, &catatan_id, isi));
                                    }
                                ></textarea>
                            </label>
                            <button type="button" class="link" aria-label=move || (t().remove_note_of)(&judul.get()) on:click=move |_| {
                                let ke = ke.get_untracked();
                                let label = (t().remove_note_of)(&judul.get_untracked());
                                state.ubah_hapus(&id_hapus, label, |skp| hapus_tulisan_pimpinan(skp, ke, &hapus_id));
                            }>{move || t().remove_note}</button>
                        </div>
                    }
                    .into_any()
                }
            </For>
            <button type="button" on:click=move |_| state.ubah(&id_tambah, tambah) aria-label=move || (t().add_note_for)(&judul.get())>
                {move || t().add_note}
            </button>
        </div>
    }
}

/// The bimbingan kinerja (coaching or counselling) sessions of the period (Format B.1.8).
#[component]
fn Bimbingan(id: String, skp: Memo<Option<Skp>>, ke: RwSignal<u32>) -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let daftar = move || {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.evaluasi_ke(ke.get()))
                .map(|ev| {
                    ev.bimbingan
                        .iter()
                        .map(|b| b.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let id_tambah = id.clone();
    view! {
        <h3>{move || t().coaching_title}</h3>
        <p class="hint">{move || t().coaching_help}</p>
        <For each=daftar key=Clone::clone let:bimbingan_id>
            {
                let baca = bimbingan_id.clone();
                let field = move |f: fn(&crate::domain::model::CatatanBimbingan) -> String| {
                    let baca = baca.clone();
                    move || {
                        skp.with(|s| {
                            s.as_ref()
                                .and_then(|s| s.evaluasi_ke(ke.get()))
                                .and_then(|ev| ev.bimbingan.iter().find(|b| b.id == baca))
                                .map(f)
                                .unwrap_or_default()
                        })
                    }
                };
                let jenis = field(|b| match b.jenis { JenisBimbingan::Coaching => "coaching".into(), JenisBimbingan::Konseling => "konseling".into() });
                let topik = field(|b| b.topik.clone());
                let hasil = field(|b| b.hasil.clone());
                let ubah = {
                    let id = id.clone();
                    let bimbingan_id = bimbingan_id.clone();
                    move |f: Box<dyn FnOnce(&mut crate::domain::model::CatatanBimbingan)>| {
                        let ke = ke.get_untracked();
                        state.ubah(&id, |skp| ubah_bimbingan(skp, ke, &bimbingan_id, f));
                    }
                };
                let ubah_jenis = ubah.clone();
                let ubah_topik = ubah.clone();
                let ubah_hasil = ubah;
                let id_hapus = id.clone();
                let hapus_id = bimbingan_id.clone();
                let jenis_sekarang = jenis.clone();
                view! {
                    <fieldset class="bimbingan">
                        <legend>{move || t().coaching_session}</legend>
                        <label class="field">
                            <span>{move || t().coaching_kind}</span>
                            <select on:change=move |ev| {
                                let jenis = if event_target_value(&ev) == "konseling" { JenisBimbingan::Konseling } else { JenisBimbingan::Coaching };
                                ubah_jenis(Box::new(move |b| b.jenis = jenis));
                            }>
                                <option value="coaching" selected=move || jenis_sekarang() == "coaching">{move || t().coaching_coaching}</option>
                                <option value="konseling" selected=move || jenis() == "konseling">{move || t().coaching_counselling}</option>
                            </select>
                        </label>
                        <label class="field">
                            <span>{move || t().coaching_topic}</span>
                            <textarea prop:value=topik on:change=move |ev| {
                                let isi = event_target_value(&ev);
                                ubah_topik(Box::new(move |b| b.topik = isi));
                            }></textarea>
                        </label>
                        <label class="field">
                            <span>{move || t().coaching_result}</span>
                            <textarea prop:value=hasil on:change=move |ev| {
                                let isi = event_target_value(&ev);
                                ubah_hasil(Box::new(move |b| b.hasil = isi));
                            }></textarea>
                        </label>
                        <button type="button" class="link" on:click=move |_| {
                            let ke = ke.get_untracked();
                            state.ubah_hapus(&id_hapus, t().coaching_removed.to_owned(), |skp| hapus_tulisan_pimpinan(skp, ke, &hapus_id));
                        }>{move || t().coaching_remove}</button>
                    </fieldset>
                }
            }
        </For>
        <button type="button" on:click=move |_| {
            let ke = ke.get_untracked();
            state.ubah(&id_tambah, |skp| tambah_bimbingan(skp, ke, Some(clock::today()), JenisBimbingan::Coaching).is_some());
        }>{move || t().coaching_add}</button>
    }
}
