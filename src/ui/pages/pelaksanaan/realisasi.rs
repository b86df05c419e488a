//! Realisasi per IKI for the chosen period: value, what was achieved, evidence, obstacles,
//! and the capaian computed at once by the domain.

use super::Dipilih;
use crate::domain::model::{BuktiDukung, Realisasi, Skp};
use crate::domain::operasi::{hapus_bukti, hapus_realisasi, tambah_bukti, Bagian};
use crate::domain::penilaian::fmt_target;
use crate::domain::rules::tautan::{baca_tautan, Tautan};
use crate::i18n::{library, monitor, plan};
use crate::ui::clock;
use crate::ui::focus::focus_when_shown;
use crate::ui::form::{date_input, fmt_angka, number_input, text_area, text_input};
use crate::ui::language::Language;
use crate::ui::pages::perencanaan::iki_name;
use crate::ui::progressive;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn DaftarRealisasi() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let pairs = Memo::new(move |_| ws.struktur().with(|s| s.pasangan_iki()));
    let drawn = progressive::drawn(pairs.with_untracked(Vec::len));
    view! {
        <section aria-labelledby="realisasi-title">
            <h2 id="realisasi-title">{move || t().realisasi_title}</h2>
            <p class="hint">{move || t().realisasi_help}</p>
            <Show when=move || pairs.with(|p| !p.is_empty()) fallback=move || view! { <p class="empty">{move || t().no_iki}</p> }>
                <ol class="realisasi-list">
                    <For each=move || pairs.with(|p| p.iter().take(drawn.get()).cloned().collect::<Vec<_>>()) key=|p| p.1.clone() let:pair>
                        <RealisasiCard iki_id=pair.1 />
                    </For>
                </ol>
            </Show>
        </section>
    }
}

fn find_realisasi<'a>(skp: &'a Skp, ke: u32, iki_id: &str) -> Option<&'a Realisasi> {
    skp.evaluasi_ke(ke)?
        .realisasi
        .iter()
        .find(|r| r.iki_id == iki_id)
}

#[component]
fn RealisasiCard(iki_id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let ke = expect_context::<Dipilih>().0;
    let iki_id = StoredValue::new(iki_id);
    // The card watches its IKI and that IKI's realisasi: an edit elsewhere does not wake it.
    let heading = Memo::new(move |_| {
        ws.struktur()
            .with(|s| iki_name(s, &iki_id.get_value(), lang.get()))
    });
    let iki_memo = Memo::new(move |_| {
        ws.with_part(Bagian::Iki(iki_id.get_value()), |s| {
            s.iki(&iki_id.get_value()).cloned()
        })
        .flatten()
    });
    let iki = move || iki_memo.get();
    let realisasi = Memo::new(move |_| {
        let ke = ke.get();
        ws.with_part(Bagian::Realisasi(iki_id.get_value()), |s| {
            find_realisasi(s, ke, &iki_id.get_value()).cloned()
        })
        .flatten()
    });
    let real = move |f: fn(&Realisasi) -> String| {
        move || realisasi.with(|r| r.as_ref().map(f)).unwrap_or_default()
    };
    let nilai = move || realisasi.with(|r| r.as_ref().and_then(|r| r.nilai));
    let exists = move || realisasi.with(Option::is_some);
    let measurable = move || iki().and_then(|i| i.target).is_none_or(|t| t.terukur());
    // This IKI's capaian in the chosen period, from the one engine: the full target and the
    // period's figures.
    let hitung = Memo::new(move |_| {
        let ke = ke.get();
        ws.capaian().with(|c| {
            let i = c.iki(&iki_id.get_value())?;
            Some((i.tahun.target.clone(), i.pada(Some(ke))?.clone()))
        })
    });
    let capaian_text = move || {
        let lang = lang.get();
        let (target_tahun, periode) = hitung.get()?;
        let tahunan = periode.terhadap_tahun?;
        let mut text = (monitor::text(lang).capaian_year)(&fmt_angka(tahunan, lang));
        if let Some((tp, c)) = periode.target.zip(periode.capaian) {
            if Some(&tp) != target_tahun.as_ref() {
                text.push(' ');
                text.push_str(&(monitor::text(lang).capaian_period)(
                    &fmt_angka(c, lang),
                    &fmt_target(Some(&tp), lang),
                ));
            }
        }
        Some(text)
    };
    let bukti_ids = move || {
        realisasi
            .with(|r| {
                r.as_ref().map(|r| {
                    r.bukti_dukung
                        .iter()
                        .map(|b| b.id.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    };
    let add_bukti = move |_| {
        let today = clock::today();
        let mut baru = None;
        ws.edit(|s| baru = tambah_bukti(s, ke.get_untracked(), &iki_id.get_value(), Some(today)));
        if let Some(id) = baru {
            focus_when_shown(format!("[data-bukti=\"{id}\"]"));
        }
    };
    let delete = move |_| {
        let label = (library::text(lang.get_untracked()).deleted_label)(&(t().realisasi_of)(
            &heading.get_untracked(),
        ));
        let (k, id) = (ke.get_untracked(), iki_id.get_value());
        ws.edit_destructive(label, |s| {
            hapus_realisasi(s, k, &id);
        });
    };
    view! {
        <li class="realisasi-card">
            <div class="card-head">
                <h3>{heading}</h3>
                <Show when=exists>
                    <button type="button" class="danger" on:click=delete aria-label=move || (t().delete_realisasi_label)(&heading.get())>{move || t().delete_realisasi}</button>
                </Show>
            </div>
            <p class="iki-text">{move || iki().map(|i| i.indikator)}</p>
            <p class="target-line">
                <strong>{move || t().target}": "</strong>
                {move || match iki().and_then(|i| i.target) {
                    Some(target) => fmt_target(Some(&target), lang.get()),
                    None => monitor::text(lang.get()).no_target.into(),
                }}
            </p>
            <div class="grid">
                <Show when=measurable>
                    {number_input(
                        move || t().realisasi_value.into(),
                        nilai,
                        move |n| ws.edit_realisasi(ke.get_untracked(), &iki_id.get_value(), |r| r.nilai = n),
                    )}
                </Show>
            </div>
            <p class="capaian" aria-live="polite">{capaian_text}</p>
            {text_area(
                move || t().uraian.into(),
                real(|r| r.uraian.clone()),
                move |v| ws.edit_realisasi(ke.get_untracked(), &iki_id.get_value(), |r| r.uraian = v),
            )}
            {text_area(
                move || t().kendala.into(),
                real(|r| r.kendala.clone()),
                move |v| ws.edit_realisasi(ke.get_untracked(), &iki_id.get_value(), |r| r.kendala = v),
            )}
            <h4>{move || t().bukti_title}</h4>
            <ol class="bukti-list">
                <For each=bukti_ids key=|id| id.clone() let:bukti_id>
                    <Bukti iki_id=iki_id.get_value() bukti_id=bukti_id />
                </For>
            </ol>
            <button type="button" on:click=add_bukti>{move || t().add_bukti}</button>
        </li>
    }
}

#[component]
fn Bukti(iki_id: String, bukti_id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let ke = expect_context::<Dipilih>().0;
    let iki_id = StoredValue::new(iki_id);
    let bukti_id = StoredValue::new(bukti_id);
    // (position, evidence) through one memo, like the cards.
    let found = Memo::new(move |_| {
        let ke = ke.get();
        ws.with_part(Bagian::Realisasi(iki_id.get_value()), |s| {
            let list = &find_realisasi(s, ke, &iki_id.get_value())?.bukti_dukung;
            let i = list.iter().position(|b| b.id == bukti_id.get_value())?;
            Some((i, list[i].clone()))
        })
        .flatten()
    });
    let get = move || found.get().map(|(_, b)| b);
    let edit = move |f: Box<dyn FnOnce(&mut BuktiDukung)>| {
        ws.edit_realisasi(ke.get_untracked(), &iki_id.get_value(), |r| {
            if let Some(b) = r
                .bukti_dukung
                .iter_mut()
                .find(|b| b.id == bukti_id.get_value())
            {
                f(b);
            }
        })
    };
    // "Hapus bukti dukung “Notulen”", or by its number while it has no description.
    let name = move || {
        let keterangan = get().map(|b| b.keterangan).unwrap_or_default();
        if keterangan.trim().is_empty() {
            let nomor = found.with(|f| f.as_ref().map_or(0, |(i, _)| i + 1));
            (t().bukti_nomor)(nomor)
        } else {
            (t().bukti_of)(&keterangan)
        }
    };
    // Only an http(s) address becomes a link; the domain says how the typed text is read.
    let tautan = move || baca_tautan(&get().map(|b| b.tautan).unwrap_or_default());
    let link = move || tautan().alamat().map(str::to_owned);
    let link_note = move || {
        let t = t();
        match tautan() {
            Tautan::Dilengkapi(alamat) => Some(("hint", (t.link_completed)(&alamat))),
            Tautan::SkemaDitolak(skema) => {
                Some(("finding peringatan", (t.link_scheme_refused)(&skema)))
            }
            Tautan::BukanTautan => Some(("finding peringatan", t.link_not_address.to_string())),
            Tautan::Kosong | Tautan::Sah(_) => None,
        }
    };
    let delete = move |_| {
        let what = get().map(|b| b.keterangan).unwrap_or_default();
        let label = (library::text(lang.get_untracked()).deleted_label)(&(t().bukti_of)(&what));
        let (k, iki, id) = (ke.get_untracked(), iki_id.get_value(), bukti_id.get_value());
        ws.edit_destructive(label, |s| {
            hapus_bukti(s, k, &iki, &id);
        });
    };
    view! {
        <li class="bukti" data-bukti=bukti_id.get_value()>
            <div class="grid">
                {text_input(
                    move || t().bukti_keterangan.into(),
                    move || get().map(|b| b.keterangan).unwrap_or_default(),
                    move |v| edit(Box::new(move |b| b.keterangan = v)),
                )}
                {text_input(
                    move || t().bukti_tautan.into(),
                    move || get().map(|b| b.tautan).unwrap_or_default(),
                    move |v| edit(Box::new(move |b| b.tautan = v)),
                )}
                {date_input(
                    move || t().tanggal.into(),
                    move || get().and_then(|b| b.tanggal),
                    move |d| edit(Box::new(move |b| b.tanggal = d)),
                )}
            </div>
            {move || link_note().map(|(class, text)| view! { <p class=class role="note">{text}</p> })}
            <div class="actions">
                {move || link().map(|href| view! {
                    <a href=href target="_blank" rel="noopener noreferrer">{move || t().open_link}</a>
                })}
                <button type="button" class="danger" on:click=delete aria-label=move || (plan::text(lang.get()).delete_label)(&name())>{move || plan::text(lang.get()).delete}</button>
            </div>
        </li>
    }
}
