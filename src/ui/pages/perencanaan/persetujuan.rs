//! The leader's decision on the plan, as taken in from their feedback slip: approved or
//! returned, with their notes. The person reads it here; only the leader's slip changes it.

use crate::domain::model::StatusRencana;
use crate::i18n::{lembar, print};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Persetujuan() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    // A memo: typing elsewhere re-reads it, but redraws nothing unless the decision changed.
    let keputusan = Memo::new(move |_| {
        ws.with_open(|skp| {
            skp.persetujuan.as_ref().map(|p| {
                let catatan_rhk: Vec<(String, String)> = p
                    .catatan_rhk
                    .iter()
                    .filter(|c| !c.catatan.trim().is_empty())
                    .map(|c| {
                        let rhk = skp
                            .rhk
                            .iter()
                            .find(|r| r.id == c.rhk_id)
                            .map(|r| r.rencana_hasil_kerja.clone())
                            .unwrap_or_default();
                        (rhk, c.catatan.clone())
                    })
                    .collect();
                (
                    p.status,
                    p.oleh.clone(),
                    p.tanggal,
                    p.catatan.clone(),
                    catatan_rhk,
                )
            })
        })
        .flatten()
    });
    move || {
        let lang = lang.get();
        let t = lembar::text(lang);
        keputusan.get().map(|(status, oleh, tanggal, catatan, catatan_rhk)| {
            let kapan = tanggal.map(|d| (print::text(lang).tanggal)(d)).unwrap_or_default();
            let kelas = match status {
                StatusRencana::Disetujui => "approval approved",
                StatusRencana::Dikembalikan => "approval returned",
            };
            view! {
                <section class=kelas aria-labelledby="keputusan-rencana">
                    <h2 id="keputusan-rencana">{(t.plan_decision)(status, &oleh, &kapan)}</h2>
                    {(!catatan.trim().is_empty()).then(|| view! { <p>{catatan.clone()}</p> })}
                    {(!catatan_rhk.is_empty()).then(|| view! {
                        <ul class="plain-list">
                            {catatan_rhk.into_iter().map(|(rhk, isi)| view! { <li><strong>{rhk}</strong> ": " {isi}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
    }
}
