//! The bimbingan kinerja sessions the leader recorded in the chosen period (taken in from
//! their feedback slip), and the person's answer to the nine statements of Format B.1.8.

use super::Dipilih;
use crate::domain::model::{JenisBimbingan, PernyataanBimbingan, TanggapanBimbingan};
use crate::domain::operasi::tanggapi_bimbingan;
use crate::i18n::{lembar, print};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Bimbingan() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let dipilih = Dipilih(expect_context::<Dipilih>().0);
    let t = move || lembar::text(lang.get());
    let sesi = Memo::new(move |_| {
        let ke = dipilih.0.get();
        ws.with_open(|s| {
            s.evaluasi_ke(ke)
                .map(|ev| ev.bimbingan.clone())
                .unwrap_or_default()
        })
        .unwrap_or_default()
    });
    let ids = move || sesi.with(|s| s.iter().map(|b| b.id.clone()).collect::<Vec<_>>());
    view! {
        <Show when=move || sesi.with(|s| !s.is_empty())>
            <section class="bimbingan-pegawai" aria-labelledby="bimbingan-judul">
                <h2 id="bimbingan-judul">{move || t().coaching_title}</h2>
                <p class="hint">{move || t().coaching_help}</p>
                <For each=ids key=Clone::clone let:id>
                    <Sesi id=id sesi=sesi ke=dipilih.0 />
                </For>
            </section>
        </Show>
    }
}

#[component]
fn Sesi(
    id: String,
    sesi: Memo<Vec<crate::domain::model::CatatanBimbingan>>,
    ke: RwSignal<u32>,
) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || lembar::text(lang.get());
    let baca = id.clone();
    let b = move || sesi.with(|s| s.iter().find(|b| b.id == baca).cloned());
    let judul = {
        let b = b.clone();
        move || {
            let lang = lang.get();
            b().map(|b| {
                let kapan = b
                    .tanggal
                    .map(|d| (print::text(lang).tanggal)(d))
                    .unwrap_or_default();
                let jenis = match b.jenis {
                    JenisBimbingan::Coaching => lembar::text(lang).coaching,
                    JenisBimbingan::Konseling => lembar::text(lang).counselling,
                };
                format!("{jenis} \u{b7} {kapan}")
            })
        }
    };
    let topik = {
        let b = b.clone();
        move || b().map(|b| b.topik).unwrap_or_default()
    };
    let hasil = {
        let b = b.clone();
        move || b().map(|b| b.hasil).unwrap_or_default()
    };
    let pernyataan = PernyataanBimbingan::SEMUA
        .into_iter()
        .map(|p| {
            let id = id.clone();
            let b = b.clone();
            let skor = move || b().and_then(|b| b.skor(p));
            let pilihan = move || {
                let sekarang = skor();
                std::iter::once(view! { <option value="" selected=sekarang.is_none()>{t().no_answer}</option> }.into_any())
                    .chain((TanggapanBimbingan::SKOR_MIN..=TanggapanBimbingan::SKOR_MAKS).map(|n| {
                        view! { <option value=n.to_string() selected=sekarang == Some(n)>{(t().score)(n)}</option> }.into_any()
                    }))
                    .collect_view()
            };
            view! {
                <label class="field">
                    <span>{move || (t().statement)(p)}</span>
                    <select on:change=move |ev| {
                        let skor = event_target_value(&ev).parse::<u8>().ok();
                        let ke = ke.get_untracked();
                        ws.edit(|skp| {
                            tanggapi_bimbingan(skp, ke, &id, p, skor);
                        });
                    }>{pilihan}</select>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="sesi-bimbingan">
            <h3>{judul}</h3>
            <dl>
                <dt>{move || t().coaching_topic}</dt><dd>{topik}</dd>
                <dt>{move || t().coaching_result}</dt><dd>{hasil}</dd>
            </dl>
            <fieldset>
                <legend>{move || t().coaching_answer}</legend>
                {pernyataan}
            </fieldset>
        </div>
    }
}
