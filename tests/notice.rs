//! Notices: every seed renders in its languages and formats with every fact it states;
//! register text is escaped; user templates fail with their name and line.

use gdpr::notice::{
    NoticeDocument, NoticeFormat, NoticeOptions, NoticeRenderer, RenderError, Template,
    escape_html, escape_markdown,
};
use gdpr::{Language, Register, Right};
use serde_json::Value;

mod common;

fn load(id: &str) -> Register {
    common::seed(id)
}

/// Every seed register with the languages its notice is published in.
const SEEDS: [(&str, &[Language]); 4] = [
    ("tem-tno-contacts", &[Language::Fi, Language::Sv]),
    ("keha-alpo", &[Language::Fi]),
    ("monialainen-yhteispalvelu", &[Language::Fi]),
    ("espoo-tyollisyyspalvelut", &[Language::Fi]),
];

/// Every fact a register states, as it must appear in a notice in `language`: texts in that
/// language, names, numbers, addresses, e-mails, phones, statutes, systems, dates.
fn facts(register: &Register, language: Language) -> Vec<String> {
    fn walk(value: &Value, key: &str, language: Language, out: &mut Vec<String>) {
        match value {
            // A text, alone or beside keys of its own (a data item's `special`).
            Value::Object(map) if map.get(language.code()).is_some_and(Value::is_string) => {
                out.push(map[language.code()].as_str().unwrap().to_owned());
                for (k, v) in map {
                    if !matches!(k.as_str(), "fi" | "sv" | "en") {
                        walk(v, k, language, out);
                    }
                }
            }
            // A Finnish statute cited with its section stands in the genitive ("lain ..."):
            // its title appears from the second word on.
            Value::Object(map) if language == Language::Fi && map.contains_key("section") => {
                for (k, v) in map {
                    match (k.as_str(), v.get("fi").and_then(Value::as_str)) {
                        ("title", Some(title)) => {
                            if let Some((_, rest)) = title.split_once(' ') {
                                out.push(rest.to_owned());
                            }
                        }
                        // "13 luku 4 §" becomes "13 luvun 4 §".
                        ("section", Some(section)) => out.push(
                            section
                                .replace(" luku,", " luvun")
                                .replace(" luku ", " luvun "),
                        ),
                        _ => walk(v, k, language, out),
                    }
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    walk(v, k, language, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, key, language, out)),
            Value::String(s)
                if matches!(
                    key,
                    "name"
                        | "number"
                        | "email"
                        | "phone"
                        | "web"
                        | "reference"
                        | "business_id"
                        | "destination"
                ) =>
            {
                out.push(s.clone());
            }
            Value::String(s) if matches!(key, "drawn_up" | "published" | "updated") => {
                let date: chrono::NaiveDate = s.parse().unwrap();
                out.push(match language {
                    Language::En => s.clone(),
                    _ => date.format("%-d.%-m.%Y").to_string(),
                });
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        &serde_json::to_value(register).unwrap(),
        "",
        language,
        &mut out,
    );
    out
}

/// The complete notice (derived and standard text) as plain text.
fn complete(register: &Register, language: Language) -> String {
    NoticeRenderer::new()
        .render(
            &NoticeDocument::build_with(register, language, NoticeOptions::COMPLETE),
            NoticeFormat::Text,
        )
        .unwrap()
}

fn render(register: &Register, language: Language, format: NoticeFormat) -> String {
    NoticeRenderer::new()
        .render(&NoticeDocument::build(register, language), format)
        .unwrap()
}

#[test]
fn every_seed_renders_every_fact_in_every_format() {
    for (id, languages) in SEEDS {
        let register = load(id);
        for &language in languages {
            let document = NoticeDocument::build(&register, language);
            assert!(
                document.missing_translations.is_empty(),
                "{id}/{language}: {:?}",
                document.missing_translations
            );
            let facts = facts(&register, language);
            assert!(facts.len() > 30, "{id}: only {} facts", facts.len());
            let text = render(&register, language, NoticeFormat::Text);
            let html = render(&register, language, NoticeFormat::Html);
            let markdown = render(&register, language, NoticeFormat::Markdown);
            let json = render(&register, language, NoticeFormat::Json);
            for date in register
                .drawn_up
                .iter()
                .chain(&register.published)
                .chain(&register.updated)
            {
                assert!(
                    json.contains(&format!("\"{date}\"")),
                    "{id}: JSON lacks {date}"
                );
            }
            for fact in &facts {
                for line in fact.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    assert!(text.contains(line), "{id}/{language} text lacks {line:?}");
                    assert!(
                        html.contains(&escape_html(line)),
                        "{id}/{language} HTML lacks {line:?}"
                    );
                    let in_markdown = markdown.contains(&escape_markdown(line))
                        || markdown.contains(&escape_markdown(&format!("x{line}"))[1..]);
                    assert!(in_markdown, "{id}/{language} Markdown lacks {line:?}");
                    // Dates are ISO in JSON; see below.
                    let is_date = line.split('.').count() == 3
                        && line.split('.').all(|p| p.parse::<u32>().is_ok());
                    let quoted = serde_json::to_string(line).unwrap();
                    assert!(
                        is_date || json.contains(&quoted[1..quoted.len() - 1]),
                        "{id}/{language} JSON lacks {line:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn notices_give_the_items_the_register_lacks_as_not_stated() {
    // monialainen names no DPO and no lawful basis; the notice says so instead of staying silent.
    let text = render(
        &load("monialainen-yhteispalvelu"),
        Language::Fi,
        NoticeFormat::Text,
    );
    assert!(text.contains("Selosteessa ei ole ilmoitettu tietosuojavastaavan yhteystietoja."));
    assert!(text.contains(
        "Selosteessa ei ole ilmoitettu käsittelyn oikeusperustetta (tietosuoja-asetuksen 6 artiklan 1 kohta)."
    ));
    // The rights it does not describe are listed as not described, the complaint right among
    // them; nothing is invented in their place.
    assert!(text.contains(
        "Huomautus selosteen puutteesta: selosteessa ei kerrota seuraavista oikeuksista:"
    ));
    assert!(text.contains(
        "- Oikeus tehdä valitus valvontaviranomaiselle (tietosuoja-asetuksen 77 artikla)"
    ));
    assert!(!text.contains("Suomessa valvontaviranomainen on tietosuojavaltuutettu"));
    assert!(!text.contains("kahdella kuukaudella"));
    assert!(!text.contains("Vakioteksti"));
    assert!(!text.contains("Johdettu tieto"));
}

#[test]
fn the_notice_lists_exactly_the_rights_the_linter_misses() {
    let codes = |findings: Vec<gdpr::Finding>| -> Vec<String> {
        let mut codes: Vec<String> = findings
            .iter()
            .filter(|f| {
                matches!(
                    f.code,
                    "right-not-mentioned"
                        | "consent-withdrawal-missing"
                        | "complaint-right-missing"
                )
            })
            .map(|f| {
                f.message
                    .split('`')
                    .rfind(|part| Right::ALL.iter().any(|r| r.code() == *part))
                    .unwrap_or("complaint")
                    .to_owned()
            })
            .collect();
        codes.sort();
        codes
    };
    for (id, _) in SEEDS {
        let register = load(id);
        let document = NoticeDocument::build(&register, Language::Fi);
        let mut listed: Vec<String> = document
            .rights
            .not_stated
            .iter()
            .map(|r| r.code.clone())
            .collect();
        listed.sort();
        assert_eq!(listed, codes(gdpr::lint::lint(&register)), "{id}");
    }
}

#[test]
fn complete_notices_add_standard_and_derived_text_marked_as_such() {
    let register = load("monialainen-yhteispalvelu");
    let complete = NoticeDocument::build_with(&register, Language::Fi, NoticeOptions::COMPLETE);
    let text = NoticeRenderer::new()
        .render(&complete, NoticeFormat::Text)
        .unwrap();
    assert!(text.contains(
        "Vakioteksti: seuraava teksti perustuu tietosuoja-asetukseen ja kansalliseen lainsäädäntöön"
    ));
    assert!(text.contains("Suomessa valvontaviranomainen on tietosuojavaltuutettu"));
    assert!(text.contains("kahdella kuukaudella"));
    // Periods of the GDPR run under Regulation 1182/71; the Finnish act is a comparison.
    assert!(text.contains("(neuvoston asetuksen (ETY, Euratom) N:o 1182/71 3 artiklan 4 kohta)"));
    assert!(
        text.contains("(vrt. säädettyjen määräaikain laskemisesta annetun lain (150/1930) 5 §)")
    );
    assert!(text.contains("käyttää muita oikeussuojakeinoja"));
    assert!(text.contains("Rekisterinpitäjän vastuulla on osoittaa"));
    // With the standard complaint passage, the complaint right is no longer "not described".
    assert!(!text.contains(
        "- Oikeus tehdä valitus valvontaviranomaiselle (tietosuoja-asetuksen 77 artikla)"
    ));
    // Derived: the article that governs the notice and the repeal of the acts it cites.
    assert!(text.contains("14 artiklaa siltä osin kuin ne saadaan muualta"));
    assert!(text.contains("(johdettu tieto: kumottu 1.1.2025 alkaen; asiasta säädetään nykyisin työllistymisen monialaisesta edistämisestä annetussa laissa (381/2023))"));
    // No basis stated: the rights that depend on it cannot be assessed, not "do not apply".
    assert!(text.contains(
        "- Vastustamisoikeus: ei voida arvioida, koska selosteessa ei ole ilmoitettu käsittelyn oikeusperustetta (tietosuoja-asetuksen 21 artikla)"
    ));
    // The standard complaint passage appears only where the notice lacks the right.
    let tem = NoticeDocument::build_with(
        &load("tem-tno-contacts"),
        Language::Fi,
        NoticeOptions::COMPLETE,
    );
    let tem = NoticeRenderer::new()
        .render(&tem, NoticeFormat::Text)
        .unwrap();
    assert!(!tem.contains("Suomessa valvontaviranomainen on tietosuojavaltuutettu"));
    // Direct marketing: its objection right stated separately (Art. 21(4)), and the Art. 21(1)
    // right of the official-authority basis beside it.
    assert!(tem.contains("\nVastustamisoikeus\n\nRekisteröidyllä on oikeus vastustaa häntä koskevien henkilötietojen käsittelyä: suoramarkkinointia vastaan milloin tahansa"));
    assert!(tem.contains(
        "; muuta käsittelyä vastaan rekisteröidyn henkilökohtaiseen erityiseen tilanteeseen"
    ));
    assert!(
        !tem.contains("- Vastustamisoikeus:"),
        "not also in the list"
    );
}

#[test]
fn the_article_follows_the_sources() {
    let tem = NoticeDocument::build(&load("tem-tno-contacts"), Language::Sv);
    assert_eq!(serde_json::to_value(tem.information_article).unwrap(), "13");
    let espoo = load("espoo-tyollisyyspalvelut");
    let derived = complete(&espoo, Language::Fi);
    assert!(derived.contains(
        "Rekisteröityjen informointiin sovelletaan tietosuoja-asetuksen 13 artiklaa siltä osin kuin tiedot kerätään rekisteröidyltä itseltään ja 14 artiklaa siltä osin kuin ne saadaan muualta."
    ));
    // Not the controller's words: absent unless asked for.
    let faithful = render(&espoo, Language::Fi, NoticeFormat::Text);
    assert!(!faithful.contains("Rekisteröityjen informointiin sovelletaan"));
}

#[test]
fn derived_rights_are_shown_only_when_asked_for() {
    let espoo = load("espoo-tyollisyyspalvelut");
    // The city never said that the right to object does not apply: the faithful notice does
    // not say it either.
    let faithful = render(&espoo, Language::Fi, NoticeFormat::Text);
    assert!(!faithful.contains("Vastustamisoikeus"), "{faithful}");
    let derived = complete(&espoo, Language::Fi);
    assert!(derived.contains(
        "- Vastustamisoikeus: ei sovellu 21 artiklan 1 kohdan nojalla, koska käsittely ei perustu 6 artiklan 1 kohdan e tai f alakohtaan; selosteessa ei mainita suoramarkkinointia (tietosuoja-asetuksen 21 artiklan 1 kohta)"
    ));
    // Erasure applies; only the legal obligation, Espoo's own basis beside consent, limits it.
    assert!(derived.contains("- Oikeus tietojen poistamiseen: sovelletaan, mutta ei koske tietoja siltä osin kuin käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta)"));
    // Portability names only the basis the purpose has (consent, not a contract).
    assert!(derived.contains(
        "vain siltä osin kuin käsittely perustuu suostumukseen ja suoritetaan automaattisesti"
    ));
    let english = complete(&load("keha-alpo"), Language::En);
    // Art. 21(4): the right to object stands apart, under its own heading.
    assert!(
        english.contains(
            "\nRight to object\n\nThe data subject has the right to object to the processing of personal data concerning him or her: on grounds relating to the data subject's particular situation"
        ),
        "{english}"
    );
    assert!(english.contains("- Right to data portability: does not apply: the processing rests on a task in the public interest or on official authority (Article 20(3) GDPR)"), "{english}");
    assert!(english.contains("applies where a decision based solely on automated processing, including profiling, produces legal effects"), "{english}");
}

#[test]
fn html_is_one_page_with_lang_headings_and_lists() {
    let html = render(&load("tem-tno-contacts"), Language::Sv, NoticeFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">\n"));
    assert!(html.contains("<title>Dataskyddsbeskrivning: Registret över handlednings- och rådgivningstjänsternas kontakter</title>"));
    assert_eq!(html.matches("<h1>").count(), 1);
    assert!(html.matches("<h2>").count() >= 16);
    assert!(html.contains("<ul>\n<li>"));
    assert!(
        !html.contains("<script") && !html.contains("<link") && !html.contains("src="),
        "self-contained"
    );
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn a_missing_language_is_shown_in_another_and_reported() {
    let document = NoticeDocument::build(&load("tem-tno-contacts"), Language::En);
    assert!(
        document
            .missing_translations
            .contains(&"controller.name".to_owned())
    );
    assert_eq!(document.controller.name, "Työ- ja elinkeinoministeriö");
}

fn hostile_register() -> Register {
    let text = |s: &str| gdpr::LocalizedText::en(s);
    let mut register = load("keha-alpo");
    register.languages = vec![Language::En];
    register.name = text("<script>alert('x')</script> *register* | [link](http://e.vil)");
    register.retention[0].applies_to = text("users | admins *and* <b>others</b>");
    register.purposes[0].description = text("# heading?\n- list?\n1. ordered?\n> quote?");
    register
}

#[test]
fn markup_in_register_text_is_escaped() {
    let register = hostile_register();
    let document = NoticeDocument::build(&register, Language::En);
    let renderer = NoticeRenderer::new();
    let html = renderer.render(&document, NoticeFormat::Html).unwrap();
    assert!(!html.contains("<script>alert"), "raw script tag in HTML");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("<td>users | admins *and* &lt;b&gt;others&lt;/b&gt;</td>"));
    let markdown = renderer.render(&document, NoticeFormat::Markdown).unwrap();
    assert!(
        markdown.contains(
            "\\<script\\>alert('x')\\</script\\> \\*register\\* \\| \\[link\\](http://e.vil)"
        ),
        "{markdown}"
    );
    // A `|` in a table cell cannot end the cell.
    assert!(
        markdown.contains("| users \\| admins \\*and\\* \\<b\\>others\\</b\\> |"),
        "{markdown}"
    );
    // Lines that would open a heading, list or quote are escaped.
    assert!(
        markdown.contains("\\# heading?\\\n\\- list?\\\n1\\. ordered?\\\n\\> quote?"),
        "{markdown}"
    );
}

#[test]
fn a_broken_user_template_names_the_template_and_its_line() {
    let finnish = |source: &str| Template {
        language: Language::Fi,
        name: "own/fi.j2".into(),
        source: source.into(),
    };
    let broken = finnish(
        "{{ begin(\"x\", \"fi\") }}\n{{ title(doc.register.name) }}\n{% if doc.dpo %}\n{{ p(\"DPO\") }\n",
    );
    let err = NoticeRenderer::with_templates(vec![broken]).unwrap_err();
    match &err {
        RenderError::Template { name, line, .. } => {
            assert_eq!(name, "own/fi.j2");
            assert_eq!(*line, Some(4));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string().starts_with("template own/fi.j2, line 4: "),
        "{err}"
    );

    // A template that compiles but fails when rendering: an unknown variable on line 2.
    let failing = finnish("{{ title(doc.register.name) }}\n{{ p(doc.register.nickname) }}\n");
    let renderer = NoticeRenderer::with_templates(vec![failing]).unwrap();
    let err = renderer
        .render(
            &NoticeDocument::build(&load("keha-alpo"), Language::Fi),
            NoticeFormat::Html,
        )
        .unwrap_err();
    assert!(
        matches!(&err, RenderError::Template { line: Some(2), .. }),
        "{err:?}"
    );
    // The other languages still use the embedded templates.
    let swedish = renderer
        .render(
            &NoticeDocument::build(&load("tem-tno-contacts"), Language::Sv),
            NoticeFormat::Text,
        )
        .unwrap();
    assert!(swedish.starts_with("Dataskyddsbeskrivning"));
}

#[test]
fn a_user_template_replaces_the_embedded_one() {
    let own = Template {
        language: Language::Fi,
        name: "fi.j2".into(),
        source: "{{ title(\"Oma pohja\") }}\n{{ p(doc.register.name) }}\n{{ ul(doc.processors | map(attribute=\"name\") | select | list) }}\n".into(),
    };
    let renderer = NoticeRenderer::with_templates(vec![own]).unwrap();
    let text = renderer
        .render(
            &NoticeDocument::build(&load("keha-alpo"), Language::Fi),
            NoticeFormat::Markdown,
        )
        .unwrap();
    assert_eq!(
        text,
        "# Oma pohja\n\nALPO-rekisteri (maahanmuuttajien neuvontapalveluiden asiakasrekisterijärjestelmä)\n\n- Netum Oy\n"
    );
}

/// The complaint passage names the supervisory authority of the controller's state, and the
/// Finnish list of non-working days appears only for a Finnish controller.
#[test]
fn the_standard_text_names_the_authority_of_the_controllers_state() {
    // The one seed that does not state the right to complain itself.
    let finnish = load("monialainen-yhteispalvelu");
    let fi = complete(&finnish, Language::Fi);
    assert!(
        fi.contains("Suomessa valvontaviranomainen on tietosuojavaltuutettu"),
        "{fi}"
    );
    assert!(fi.contains("Suomessa tällaisia päiviä ovat pyhäpäivät"));
    let mut swedish = finnish.clone();
    swedish.controller.country = Some(gdpr::legal::Country::Sweden);
    let sv = complete(&swedish, Language::Sv);
    assert!(
        sv.contains("I Sverige, där den personuppgiftsansvarige är etablerad, är tillsynsmyndigheten Integritetsskyddsmyndigheten (IMY), www.imy.se."),
        "{sv}"
    );
    assert!(!sv.contains("I Finland"), "{sv}");
    let fi = complete(&swedish, Language::Fi);
    assert!(
        fi.contains("Rekisterinpitäjän sijoittautumisvaltiossa (Ruotsi) valvontaviranomaisena toimii Integritetsskyddsmyndigheten (IMY), www.imy.se."),
        "{fi}"
    );
    assert!(!fi.contains("Suomessa"), "{fi}");
    let mut german = finnish;
    german.controller.country = Some(gdpr::legal::Country::Germany);
    let en = complete(&german, Language::En);
    let mut norwegian = german.clone();
    norwegian.controller.country = Some(gdpr::legal::Country::Norway);
    let no = complete(&norwegian, Language::En);
    assert!(no.contains("In Norway, where the controller is established, the supervisory authority is Norwegian Data Protection Authority, www.datatilsynet.no."), "{no}");
    assert!(
        en.contains("In Germany, where the controller is established, the supervisory authority is as a rule the data protection authority of the Land"),
        "{en}"
    );
}

#[test]
fn the_version_history_is_listed_newest_first_in_each_language() {
    let mut register = load("tem-tno-contacts");
    let change = |date: &str, fi: &str, sv: &str| gdpr::model::Change {
        date: date.parse().unwrap(),
        description: gdpr::LocalizedText::fi(fi).with(Language::Sv, sv),
    };
    register.updated = None;
    register.changes = vec![
        change(
            "2024-05-02",
            "Yhteyshenkilö vaihtui.",
            "Kontaktpersonen byttes.",
        ),
        change(
            "2026-03-01",
            "Säilytysaika lyhennettiin viiteen vuoteen.",
            "Lagringstiden förkortades till fem år.",
        ),
    ];
    let fi = render(&register, Language::Fi, NoticeFormat::Markdown);
    let history = &fi[fi
        .find("Selosteen muutoshistoria")
        .expect("a history section")..];
    assert!(history.starts_with("Selosteen muutoshistoria\n\n| Voimassa alkaen | Muutos |"));
    let newest = history
        .find("| 1.3.2026 | Säilytysaika")
        .expect("newest listed");
    let oldest = history
        .find("| 2.5.2024 | Yhteyshenkilö")
        .expect("oldest listed");
    assert!(newest < oldest, "{history}");
    let sv = render(&register, Language::Sv, NoticeFormat::Html);
    assert!(sv.contains("<caption>Ändringar i dataskyddsbeskrivningen</caption>"));
    assert!(sv.contains("<td>1.3.2026</td><td>Lagringstiden förkortades till fem år.</td>"));
    // With no history, no section: the notice never invents one.
    let plain = render(&load("keha-alpo"), Language::Fi, NoticeFormat::Markdown);
    assert!(!plain.contains("muutoshistoria"));
}
