//! RHK utama and tambahan: add, edit, reorder, delete (with undo), each with its leader's
//! RHK, its perspektif (JPT) and its IKI.

use super::iki::IkiCard;
use super::pimpinan::{LeaderFile, PilihRhkPimpinan};
use super::{rhk_name, Checks};
use crate::domain::model::{JenisJabatan, JenisRhk, Perspektif, Rhk, RhkPimpinan};
use crate::domain::operasi::{
    dampak_hapus_rhk, hapus_rhk, pindah_rhk, tambah_iki, tambah_rhk, Arah, Bagian,
};
use crate::domain::rules::periksa::{FieldRef, Temuan, Tingkat};
use crate::i18n::plan::{self, Jumlah};
use crate::ui::confirm::{Confirm, DeleteQuestion};
use crate::ui::focus::focus_when_shown;
use crate::ui::form::{findings, select_input, text_area};
use crate::ui::language::Language;
use crate::ui::progressive;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;
use std::collections::HashSet;

#[component]
pub fn DaftarRhk() -> impl IntoView {
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let checks = Checks::get();
    let ws = Workspace::get();
    let (long, closed) = ws.struktur().with_untracked(|s| {
        let long = s.pasangan_iki().len() > OPEN_CARDS_UP_TO_IKI;
        let closed = if long {
            s.rhk().iter().map(|r| r.id.clone()).collect()
        } else {
            HashSet::new()
        };
        (long, closed)
    });
    provide_context(StartClosed(StoredValue::new(closed)));
    view! {
        <section aria-labelledby="rhk-title">
            <h2 id="rhk-title">{move || t().rhk_title}</h2>
            <p class="hint">{move || t().rhk_help}</p>
            {long.then(|| view! { <p class="hint">{move || t().long_plan_hint}</p> })}
            <LeaderFile />
            <h3>{move || t().rhk_utama_title}</h3>
            {findings(move || checks.matching(|f| f.field == FieldRef::DaftarRhk))}
            <RhkGroup jenis=JenisRhk::Utama />
            <h3>{move || t().rhk_tambahan_title}</h3>
            <RhkGroup jenis=JenisRhk::Tambahan />
        </section>
    }
}

/// A plan with more IKI than this opens with its RHK cards closed to a brief line, so that
/// the page appears at once; a card added later opens at once.
const OPEN_CARDS_UP_TO_IKI: usize = 20;

/// The RHK that start closed: in a long plan, those it had when the page opened.
#[derive(Clone, Copy)]
struct StartClosed(StoredValue<HashSet<String>>);

#[component]
fn RhkGroup(jenis: JenisRhk) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let ids = Memo::new(move |_| ws.struktur().with(|s| s.rhk_ids(jenis)));
    let start_closed = expect_context::<StartClosed>().0;
    let drawn = progressive::drawn(ids.with_untracked(Vec::len));
    let add = move |_| {
        let mut baru = None;
        ws.edit(|s| baru = tambah_rhk(s, jenis));
        if let Some(id) = baru {
            focus_when_shown(format!("#kartu-{id}"));
        }
    };
    view! {
        <ol class="rhk-list">
            <For each=move || ids.with(|ids| ids.iter().take(drawn.get()).cloned().collect::<Vec<_>>()) key=|id| id.clone() let:id>
                <RhkCard start_open=!start_closed.with_value(|c| c.contains(&id)) id=id />
            </For>
        </ol>
        <button type="button" on:click=add>
            {move || match jenis {
                JenisRhk::Utama => t().add_rhk_utama,
                JenisRhk::Tambahan => t().add_rhk_tambahan,
            }}
        </button>
    }
}

/// What an RHK card shows of its RHK, without the IKI (each IKI card reads its own).
#[derive(Clone, PartialEq)]
struct Kepala {
    jenis: JenisRhk,
    teks: String,
    pimpinan: String,
    perspektif: Option<Perspektif>,
}

impl Kepala {
    fn of(rhk: &Rhk) -> Kepala {
        Kepala {
            jenis: rhk.jenis,
            teks: rhk.rencana_hasil_kerja.clone(),
            pimpinan: rhk.rhk_pimpinan.teks.clone(),
            perspektif: rhk.perspektif,
        }
    }
}

#[component]
fn RhkCard(id: String, start_open: bool) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let checks = Checks::get();
    let id = StoredValue::new(id);
    // The card watches its own RHK and the plan's shape: an edit elsewhere does not wake it.
    let name = Memo::new(move |_| {
        ws.struktur()
            .with(|s| rhk_name(s, &id.get_value(), lang.get()))
    });
    let head = Memo::new(move |_| {
        ws.with_part(Bagian::Rhk(id.get_value()), |s| {
            s.rhk
                .iter()
                .find(|r| r.id == id.get_value())
                .map(Kepala::of)
        })
        .flatten()
    });
    let own = checks.of_card(move |f| {
        f.field
            == FieldRef::Rhk {
                rhk_id: id.get_value(),
            }
    });
    let iki_ids = Memo::new(move |_| {
        ws.struktur()
            .with(|s| s.rhk_by_id(&id.get_value()).map(|r| r.iki.clone()))
            .unwrap_or_default()
    });
    let open = RwSignal::new(start_open);
    let body_id = move || format!("rincian-{}", id.get_value());
    // A closed card says what it holds and what its checks found, it and its IKI's.
    let brief = move || {
        let iki = iki_ids.with(Vec::len);
        let jumlah = checks.0.with(|all| {
            ws.struktur().with(|s| {
                let mine = |f: &&Temuan| match &f.field {
                    FieldRef::Rhk { rhk_id } => *rhk_id == id.get_value(),
                    FieldRef::Iki { iki_id, .. } => {
                        s.iki(iki_id).is_some_and(|l| l.rhk_id == id.get_value())
                    }
                    _ => false,
                };
                let count = |level| {
                    all.iter()
                        .filter(mine)
                        .filter(|f| f.tingkat == level)
                        .count()
                };
                Jumlah {
                    galat: count(Tingkat::Galat),
                    peringatan: count(Tingkat::Peringatan),
                    saran: 0,
                }
            })
        });
        (t().card_brief)(iki, &jumlah)
    };
    let read = move |f: fn(&Kepala) -> String| {
        move || head.with(|h| h.as_ref().map(f)).unwrap_or_default()
    };
    let at = move |suffix: &'static str| {
        move || {
            own.with(|all| {
                all.iter()
                    .filter(|f| f.path.ends_with(suffix))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        }
    };
    let is_jpt = move || {
        ws.with_part(Bagian::Identitas, |s| s.jenis_jabatan == JenisJabatan::Jpt)
            .unwrap_or(false)
    };
    let shift = move |up: bool| {
        ws.edit(|s| {
            pindah_rhk(
                s,
                &id.get_value(),
                if up { Arah::Naik } else { Arah::Turun },
            );
        })
    };
    // Deleting takes the RHK's IKI, realisasi and notes with it: say so first when there are.
    let question = DeleteQuestion::new(
        name,
        move |s| dampak_hapus_rhk(s, &id.get_value()),
        move |s| {
            hapus_rhk(s, &id.get_value());
        },
    );
    let add_iki = move |_| {
        let mut baru = None;
        ws.edit(|s| baru = tambah_iki(s, &id.get_value()));
        if let Some(iki) = baru {
            focus_when_shown(format!("[data-iki=\"{iki}\"] .grid"));
        }
    };
    let perspektif_options = move || {
        let t = t();
        vec![
            (None, t.choose.to_string()),
            (
                Some(Perspektif::PenerimaLayanan),
                t.perspektif_penerima.into(),
            ),
            (Some(Perspektif::ProsesBisnis), t.perspektif_proses.into()),
            (
                Some(Perspektif::PenguatanInternal),
                t.perspektif_internal.into(),
            ),
            (Some(Perspektif::Anggaran), t.perspektif_anggaran.into()),
        ]
    };
    view! {
        <li class="rhk-card" id=move || format!("kartu-{}", id.get_value())>
            <div class="card-head">
                <h4>{name}</h4>
                <div class="actions">
                    <button type="button" aria-expanded=move || open.get().to_string() aria-controls=body_id on:click=move |_| open.update(|o| *o = !*o)>
                        {move || if open.get() { t().hide_details } else { t().show_details }}
                    </button>
                    <button type="button" on:click=move |_| shift(true) aria-label=move || (t().move_up_label)(&name.get())>"\u{2191}"</button>
                    <button type="button" on:click=move |_| shift(false) aria-label=move || (t().move_down_label)(&name.get())>"\u{2193}"</button>
                    <button type="button" class="danger" on:click=move |_| question.ask() aria-label=move || (t().delete_label)(&name.get())>{move || t().delete}</button>
                </div>
            </div>
            <Confirm asking=question.asking lines=question.lines action=question.action on_confirm=move || question.confirm() />
            <Show when=move || open.get() fallback=move || view! {
                <p class="rhk-brief">{read(|r| r.teks.clone())}</p>
                <p class="hint">{brief}</p>
            }>
            <div id=body_id>
            {text_area(
                move || t().rhk_text.into(),
                read(|r| r.teks.clone()),
                move |v| ws.edit_rhk(&id.get_value(), |r| r.rencana_hasil_kerja = v),
            )}
            {findings(at(".rencana_hasil_kerja"))}
            <div class="grid">
                {select_input(
                    move || t().rhk_jenis.into(),
                    move || vec![(JenisRhk::Utama, t().rhk_utama.into()), (JenisRhk::Tambahan, t().rhk_tambahan.into())],
                    move || head.with(|h| h.as_ref().map(|r| r.jenis)).unwrap_or_default(),
                    move |v| ws.edit(|s| {
                        if let Some(r) = s.rhk.iter_mut().find(|r| r.id == id.get_value()) {
                            r.jenis = v;
                        }
                    }),
                )}
                <Show when=is_jpt>
                    {select_input(
                        move || t().perspektif.into(),
                        perspektif_options,
                        move || head.with(|h| h.as_ref().and_then(|r| r.perspektif)),
                        move |v| ws.edit_rhk(&id.get_value(), |r| r.perspektif = v),
                    )}
                </Show>
            </div>
            {findings(at(".perspektif"))}
            {text_area(
                move || t().rhk_pimpinan.into(),
                read(|r| r.pimpinan.clone()),
                move |v| ws.edit_rhk(&id.get_value(), |r| r.rhk_pimpinan = RhkPimpinan { teks: v, rujukan: None }),
            )}
            <PilihRhkPimpinan rhk_id=id.get_value() />
            {findings(at(".rhk_pimpinan"))}
            <h5>{move || t().iki_title}</h5>
            {findings(at(".iki"))}
            <ol class="iki-list">
                <For each=move || iki_ids.get() key=|i| i.clone() let:iki_id>
                    <IkiCard rhk_id=id.get_value() iki_id=iki_id />
                </For>
            </ol>
            <button type="button" on:click=add_iki>{move || t().add_iki}</button>
            </div>
            </Show>
        </li>
    }
}
