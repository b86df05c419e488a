//! Cascading without the leader's account: the person opens a file of the leader's SKP, which
//! stays in memory for this page only, and picks the leader's RHK each own RHK intervenes.

use crate::domain::file::JenisBerkas;
use crate::domain::model::{RhkPimpinan, RujukanRhk, Skp};
use crate::domain::operasi::Bagian;
use crate::domain::rules::pimpinan::{periode_bertemu, usul_pejabat_penilai};
use crate::domain::FileError;
use crate::i18n::{plan, print};
use crate::ui::import::{chosen_files, read_file, Pending, Refused};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// The leaders' SKPs opened on this page (never stored).
#[derive(Clone, Copy)]
struct Leaders(RwSignal<Vec<Skp>>);

/// Makes the list of opened leader SKPs available to the RHK cards. A practice SKP starts
/// with its case pack's leaders, so a participant cascades without opening another file.
pub fn provide() {
    let ws = Workspace::get();
    let dari_paket = ws
        .open_skp_untracked()
        .and_then(|skp| skp.latihan)
        .and_then(|l| ws.with_library(|lib| lib.pack(&l.paket_id)).flatten())
        .map(|paket| paket.pimpinan)
        .unwrap_or_default();
    provide_context(Leaders(RwSignal::new(dari_paket)));
}

/// One leader RHK that can be chosen: (skp id, rhk id, text, whose).
fn choices(leaders: &[Skp]) -> Vec<(String, String, String, String)> {
    leaders
        .iter()
        .flat_map(|skp| {
            skp.rhk.iter().map(|r| {
                (
                    skp.id.clone(),
                    r.id.clone(),
                    r.rencana_hasil_kerja.clone(),
                    skp.pegawai.nama.clone(),
                )
            })
        })
        .collect()
}

/// The file picker and the list of the leader's RHK.
#[component]
pub fn LeaderFile() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let leaders = expect_context::<Leaders>().0;
    let pending = RwSignal::new(None::<Pending>);
    let refused = RwSignal::new(None::<Refused>);
    Effect::new(move |_| {
        let Some(file) = pending.get() else {
            return;
        };
        let skps = match file {
            Pending::Skp { skp, .. } => vec![*skp],
            Pending::Backup { skps, .. } => skps,
            // A feedback slip is not a leader's SKP: said so, as any other wrong kind.
            Pending::Lembar { file, .. } => {
                pending.set(None);
                refused.set(Some(Refused {
                    file,
                    error: FileError::WrongKind {
                        found: JenisBerkas::LembarUmpanBalik,
                        expected: JenisBerkas::Skp,
                    },
                }));
                return;
            }
        };
        leaders.update(|l| {
            for skp in skps {
                l.retain(|x| x.id != skp.id);
                l.push(skp);
            }
        });
        pending.set(None);
    });
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(file) = chosen_files(&ev).into_iter().next() {
            read_file(file, pending, refused);
        }
    };
    view! {
        <details class="leader-file">
            <summary>{move || t().leader_title}</summary>
            <p>{move || t().leader_help}</p>
            <label class="button">
                {move || t().leader_choose}
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file />
            </label>
            {move || refused.get().map(|r| view! {
                <div class="error-box" role="alert">
                    <p>{(t().leader_failed)(&r.file)}</p>
                    <p>{r.error.message(lang.get())}</p>
                </div>
            })}
            <ul class="plain-list leader-list">
                {move || leaders.get().into_iter().map(|skp| {
                    let id = skp.id.clone();
                    let lang = lang.get();
                    // A leader file of another period is a likely slip: say so, let it be used.
                    let lain = ws
                        .with_part(Bagian::Identitas, |s| !periode_bertemu(s, &skp))
                        .unwrap_or(false)
                        .then(|| (t().leader_other_period)(&(print::text(lang).rentang)(skp.periode.mulai, skp.periode.selesai)));
                    // While the person's Pejabat Penilai block is empty, offer the leader's identity.
                    let usul = ws.with_part(Bagian::Identitas, |s| usul_pejabat_penilai(s, &skp)).flatten();
                    view! {
                        <li>
                            <strong>{skp.pegawai.nama.clone()}</strong>" \u{b7} "{skp.pegawai.jabatan.clone()}
                            {lain.map(|text| view! { <p class="finding peringatan" role="note">{text}</p> })}
                            {usul.map(|orang| {
                                let label = (t().leader_as_penilai)(&orang.nama);
                                view! {
                                    <button type="button" class="leader-as-penilai"
                                        on:click=move |_| { let o = orang.clone(); ws.edit_identitas(|s| s.pejabat_penilai = o) }>
                                        {label}
                                    </button>
                                }
                            })}
                            <ol>
                                {skp.rhk.iter().map(|r| view! { <li>{r.rencana_hasil_kerja.clone()}</li> }).collect_view()}
                            </ol>
                            <button type="button" on:click=move |_| leaders.update(|l| l.retain(|x| x.id != id))>
                                {move || t().leader_forget}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}

/// The choice of a leader RHK for one own RHK; shown once a leader's SKP is open.
#[component]
pub fn PilihRhkPimpinan(rhk_id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let leaders = expect_context::<Leaders>().0;
    let rhk_id = StoredValue::new(rhk_id);
    let linked = move || {
        ws.with_part(Bagian::Rhk(rhk_id.get_value()), |s| {
            s.rhk
                .iter()
                .find(|r| r.id == rhk_id.get_value())
                .and_then(|r| r.rhk_pimpinan.rujukan.clone())
        })
        .flatten()
    };
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if value.is_empty() {
            // "— pilih —" removes the link; the leader's RHK text stays.
            ws.edit_rhk(&rhk_id.get_value(), |r| r.rhk_pimpinan.rujukan = None);
            return;
        }
        let Ok(i) = value.parse::<usize>() else {
            return;
        };
        let Some((skp_id, leader_rhk, teks, _)) = leaders.with(|l| choices(l).into_iter().nth(i))
        else {
            return;
        };
        ws.edit_rhk(&rhk_id.get_value(), |r| {
            r.rhk_pimpinan = RhkPimpinan {
                teks,
                rujukan: Some(RujukanRhk {
                    skp_id,
                    rhk_id: leader_rhk,
                }),
            }
        });
    };
    view! {
        <Show when=move || linked().is_some()>
            <p class="hint linked">{move || t().leader_linked}</p>
        </Show>
        <Show when=move || leaders.with(|l| !l.is_empty())>
            <label class="field wide">
                <span class="field-label">{move || t().leader_pick}</span>
                <select on:change=choose>
                    <option value="" selected=move || linked().is_none()>{move || t().choose}</option>
                    {move || {
                        let current = linked();
                        leaders.with(|l| choices(l)).into_iter().enumerate().map(|(i, (skp_id, rid, teks, nama))| {
                            let selected = current.as_ref().is_some_and(|c| c.skp_id == skp_id && c.rhk_id == rid);
                            view! { <option value=i.to_string() selected=selected>{format!("{teks} ({nama})")}</option> }
                        }).collect_view()
                    }}
                </select>
            </label>
        </Show>
    }
}
