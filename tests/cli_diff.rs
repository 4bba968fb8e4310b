//! `gdpr diff OLD NEW` as a user runs it, over real edits of the seed registers: the new
//! version is the seed file's text with one passage replaced, written to a temporary directory.
#![cfg(feature = "cli")]

mod common;
use common::gdpr;

const KEHA: &str = "keha-alpo";
const ESPOO: &str = "espoo-tyollisyyspalvelut";

fn seed_text(id: &str) -> String {
    std::fs::read_to_string(common::seed_path(id)).unwrap()
}

fn seed(id: &str) -> String {
    common::seed_path(id).to_string_lossy().into_owned()
}

/// The seed's text with `from` (which must occur exactly once) replaced by `to`.
fn edited(id: &str, from: &str, to: &str) -> String {
    let text = seed_text(id);
    assert_eq!(text.matches(from).count(), 1, "{from:?} in {id}");
    text.replace(from, to)
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

fn diff(old: &str, new: &str, lang: &str, format: &str) -> (Option<i32>, String, String) {
    gdpr(&["diff", old, new, "--lang", lang, "--format", format])
}

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

const NO_HISTORY_FI: &str = "Versiohistoria: ei uutta merkintää; lisää [[changes]]-merkintä, joka kuvaa olennaiset muutokset";
const NO_HISTORY_SV: &str = "Versionshistorik: ingen ny post; lägg till en [[changes]]-post som beskriver de väsentliga ändringarna";
const NO_HISTORY_EN: &str = "Version history: no entry added; add a [[changes]] entry that describes the substantive changes";

const ESPOO_PURPOSE: &str = "Henkilötietojen käsittelyn tarkoituksena on työllisyyspalveluiden järjestäminen ja toteuttaminen…";

#[test]
fn a_lawful_basis_removed_is_substantive_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    // The city no longer relies on consent for its statutory employment services.
    let new = write(
        &dir,
        "espoo.toml",
        &edited(
            ESPOO,
            "lawful_bases = [\"6-1-a\", \"6-1-c\"]",
            "lawful_bases = [\"6-1-c\"]",
        ),
    );
    let old = seed(ESPOO);
    let (code, stdout, stderr) = diff(&old, &new, "fi", "text");
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        stdout,
        format!(
            "Olennaiset muutokset: 1\n\
             lawful-basis-changed: Käsittelytarkoituksen ”{ESPOO_PURPOSE}” oikeusperuste on muuttunut: poistettu rekisteröidyn suostumus (6 artiklan 1 kohdan a alakohta) (purposes[0].lawful_bases)\n\
             Vain sanamuotoa koskevat muutokset: 0\n\
             {NO_HISTORY_FI}\n"
        )
    );
    let (code, stdout, _) = diff(&old, &new, "sv", "text");
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout,
        format!(
            "Väsentliga ändringar: 1\n\
             lawful-basis-changed: Den rättsliga grunden för ändamålet ”{ESPOO_PURPOSE}” har ändrats: den registrerades samtycke (artikel 6.1 a) har utgått (purposes[0].lawful_bases)\n\
             Ändringar endast i formuleringen: 0\n\
             {NO_HISTORY_SV}\n"
        )
    );
    let (code, stdout, _) = diff(&old, &new, "en", "json");
    assert_eq!(code, Some(1));
    assert_eq!(
        json(&stdout),
        serde_json::json!({
            "substantive": [{
                "code": "lawful-basis-changed",
                "path": "purposes[0].lawful_bases",
                "old": "6-1-a, 6-1-c",
                "new": "6-1-c",
                "description": format!("The lawful basis of the purpose “{ESPOO_PURPOSE}” has changed: removed consent of the data subject (Article 6(1)(a))"),
            }],
            "wording": [],
            "history_added": [],
        })
    );
}

#[test]
fn a_basis_added_and_an_article_9_condition_changed() {
    let dir = tempfile::tempdir().unwrap();
    let text = edited(
        ESPOO,
        "lawful_bases = [\"6-1-a\", \"6-1-c\"]",
        "lawful_bases = [\"6-1-c\", \"6-1-e-official-authority\"]",
    )
    .replace(
        "special_conditions = [\"9-2-a\"]",
        "special_conditions = [\"9-2-a\", \"9-2-b\"]",
    );
    let new = write(&dir, "espoo.toml", &text);
    let (code, stdout, _) = diff(&seed(ESPOO), &new, "en", "json");
    assert_eq!(code, Some(1));
    let report = json(&stdout);
    assert_eq!(
        report["substantive"][0]["description"],
        format!(
            "The lawful basis of the purpose “{ESPOO_PURPOSE}” has changed: added exercise of official authority vested in the controller (Article 6(1)(e)); removed consent of the data subject (Article 6(1)(a))"
        )
    );
    assert_eq!(
        report["substantive"][1]["path"],
        "purposes[0].special_conditions"
    );
    assert_eq!(report["substantive"][1]["code"], "lawful-basis-changed");
    assert_eq!(report["substantive"][1]["new"], "9-2-a, 9-2-b");
    assert_eq!(report["substantive"].as_array().unwrap().len(), 2);
    assert_eq!(report["wording"], serde_json::json!([]));
}

const KEHA_USERS_POLICY: &str =
    "policy = { kind = \"period\", months = 12, trigger = \"last-activity\" }";
const KEHA_USERS_POLICY_24: &str =
    "policy = { kind = \"period\", months = 24, trigger = \"last-activity\" }";

#[test]
fn a_retention_period_changed_is_substantive_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "keha.toml",
        &edited(KEHA, KEHA_USERS_POLICY, KEHA_USERS_POLICY_24),
    );
    let old = seed(KEHA);
    let expected = [
        (
            "fi",
            "Säilytysaika on muuttunut (”Neuvontapisteiden ALPO-rekisterin käyttäjien tiedot”): aiemmin 12 kuukautta käyttäjän viimeisimmästä kirjautumisesta, nyt 24 kuukautta käyttäjän viimeisimmästä kirjautumisesta",
        ),
        (
            "sv",
            "Bevarandetiden har ändrats (”Neuvontapisteiden ALPO-rekisterin käyttäjien tiedot”): tidigare 12 månader käyttäjän viimeisimmästä kirjautumisesta, nu 24 månader käyttäjän viimeisimmästä kirjautumisesta",
        ),
        (
            "en",
            "The retention period has changed (“Neuvontapisteiden ALPO-rekisterin käyttäjien tiedot”): previously 12 months käyttäjän viimeisimmästä kirjautumisesta, now 24 months käyttäjän viimeisimmästä kirjautumisesta",
        ),
    ];
    for (lang, sentence) in expected {
        let (code, stdout, stderr) = diff(&old, &new, lang, "text");
        assert_eq!(code, Some(1), "{stderr}");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            lines[1],
            format!("retention-changed: {sentence} (retention[0].policy)"),
            "{lang}"
        );
        assert_eq!(lines.len(), 4, "{stdout}");
    }
    let (code, stdout, _) = diff(&old, &new, "sv", "md");
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout,
        "## Väsentliga ändringar\n\n\
         - `retention-changed` Bevarandetiden har ändrats (”Neuvontapisteiden ALPO-rekisterin käyttäjien tiedot”): tidigare 12 månader käyttäjän viimeisimmästä kirjautumisesta, nu 24 månader käyttäjän viimeisimmästä kirjautumisesta (`retention[0].policy`)\n\n\
         ## Ändringar endast i formuleringen\n\n\
         Inga ändringar.\n\n\
         Versionshistorik: ingen ny post; lägg till en `[[changes]]`-post som beskriver de väsentliga ändringarna\n"
    );
    let (_, stdout, _) = diff(&old, &new, "en", "json");
    let report = json(&stdout);
    assert_eq!(
        report["substantive"][0]["old"],
        "12 months käyttäjän viimeisimmästä kirjautumisesta"
    );
    assert_eq!(
        report["substantive"][0]["new"],
        "24 months käyttäjän viimeisimmästä kirjautumisesta"
    );
}

#[test]
fn a_reworded_description_is_wording_only_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "keha.toml",
        &edited(
            KEHA,
            "description.fi = \"Asiakkaista ei tallenneta henkilötietoja\"",
            "description.fi = \"Asiakkaista ei tallenneta lainkaan henkilötietoja\"",
        ),
    );
    let old = seed(KEHA);
    let (code, stdout, stderr) = diff(&old, &new, "fi", "text");
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout,
        "Olennaiset muutokset: 0\n\
         Vain sanamuotoa koskevat muutokset: 1\n\
         wording: Muutettu: ”Asiakkaista ei tallenneta henkilötietoja” → ”Asiakkaista ei tallenneta lainkaan henkilötietoja” (subject_groups[0].description)\n"
    );
    let (code, stdout, _) = diff(&old, &new, "sv", "text");
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "Väsentliga ändringar: 0\n\
         Ändringar endast i formuleringen: 1\n\
         wording: Ändrat: ”Asiakkaista ei tallenneta henkilötietoja” → ”Asiakkaista ei tallenneta lainkaan henkilötietoja” (subject_groups[0].description)\n"
    );
    let (code, stdout, _) = diff(&old, &new, "en", "md");
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "## Substantive changes\n\n\
         None.\n\n\
         ## Wording only\n\n\
         - `wording` Changed: “Asiakkaista ei tallenneta henkilötietoja” → “Asiakkaista ei tallenneta lainkaan henkilötietoja” (`subject_groups[0].description`)\n\n"
    );
    let (code, stdout, _) = diff(&old, &new, "en", "json");
    assert_eq!(code, Some(0));
    assert_eq!(
        json(&stdout),
        serde_json::json!({
            "substantive": [],
            "wording": [{
                "code": "wording",
                "path": "subject_groups[0].description",
                "old": "Asiakkaista ei tallenneta henkilötietoja",
                "new": "Asiakkaista ei tallenneta lainkaan henkilötietoja",
                "description": "Changed: “Asiakkaista ei tallenneta henkilötietoja” → “Asiakkaista ei tallenneta lainkaan henkilötietoja”",
            }],
            "history_added": [],
        })
    );
}

#[test]
fn a_long_text_reworded_at_its_end_shows_where_it_differs() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "keha.toml",
        &edited(
            KEHA,
            "Tietosuojavaltuutetun yhteystiedot ovat saatavilla osoitteessa www.tietosuoja.fi",
            "Tietosuojavaltuutetun yhteystiedot ovat osoitteessa www.tietosuoja.fi",
        ),
    );
    let (code, stdout, _) = diff(&seed(KEHA), &new, "fi", "json");
    assert_eq!(code, Some(0));
    let report = json(&stdout);
    let wording = &report["wording"][0];
    assert_eq!(wording["path"], "rights.statements[3].text");
    assert_eq!(
        wording["old"],
        "…Tietosuojavaltuutetun yhteystiedot ovat saatavilla osoitteessa www.tietosuoja.fi"
    );
    assert_eq!(
        wording["new"],
        "…Tietosuojavaltuutetun yhteystiedot ovat osoitteessa www.tietosuoja.fi"
    );
}

#[test]
fn identical_files_have_no_changes() {
    let keha = seed(KEHA);
    for (lang, sentence) in [
        ("fi", "Ei muutoksia.\n"),
        ("sv", "Inga ändringar.\n"),
        ("en", "No changes.\n"),
    ] {
        let (code, stdout, stderr) = diff(&keha, &keha, lang, "text");
        assert_eq!(
            (code, stdout.as_str(), stderr.as_str()),
            (Some(0), sentence, "")
        );
    }
    let (code, stdout, _) = gdpr(&["diff", &keha, &keha]);
    assert_eq!(
        (code, stdout.as_str()),
        (Some(0), "Ei muutoksia.\n"),
        "fi by default"
    );
    let (code, stdout, _) = diff(&keha, &keha, "en", "json");
    assert_eq!(code, Some(0));
    assert_eq!(
        json(&stdout),
        serde_json::json!({"substantive": [], "wording": [], "history_added": []})
    );
}

#[test]
fn unreadable_and_malformed_files_exit_2_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = edited(
        ESPOO,
        "lawful_bases = [\"6-1-a\", \"6-1-c\"]",
        "lawful_bases = [\"6-1-a\", \"6-1-z\"]",
    );
    let line = text[..text.find("\"6-1-z\"").unwrap()].lines().count();
    let bad = write(&dir, "bad.toml", &text);
    let (code, stdout, stderr) = diff(&seed(ESPOO), &bad, "fi", "text");
    assert_eq!(code, Some(2));
    assert_eq!(stdout, "");
    assert!(
        stderr.contains(&format!(
            "error: {bad}:{line}:16: purposes[0].lawful_bases[1]: unknown lawful basis `6-1-z`"
        )),
        "{stderr}"
    );
    // Both files are read, so that one run names every bad file.
    let (code, _, stderr) = diff("/no/such.toml", &bad, "en", "json");
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("error: /no/such.toml: cannot read the file"),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("{bad}:{line}:16")), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn bad_arguments_exit_2() {
    let keha = seed(KEHA);
    assert_eq!(gdpr(&["diff", &keha, &keha, "--lang", "de"]).0, Some(2));
    assert_eq!(gdpr(&["diff", &keha, &keha, "--format", "html"]).0, Some(2));
    assert_eq!(gdpr(&["diff", &keha]).0, Some(2));
}

#[test]
fn a_purpose_added_is_reported_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "keha.toml",
        &edited(
            KEHA,
            "# \"5. Rekisterin tietosisältö ja henkilötietoryhmät\"\n",
            "[[purposes]]\n\
             id = \"user-support\"\n\
             description.fi = \"Rekisterin käyttäjien neuvonta ja tuki.\"\n\
             description.en = \"Advice and support for the users of the register.\"\n\
             lawful_bases = [\"6-1-e-public-interest\"]\n\
             subject_groups = [\"users\"]\n\n\
             # \"5. Rekisterin tietosisältö ja henkilötietoryhmät\"\n",
        ),
    );
    // Swedish falls back to the Finnish text: the register has no Swedish one.
    for (lang, sentence) in [
        (
            "fi",
            "Uusi käsittelyn tarkoitus: ”Rekisterin käyttäjien neuvonta ja tuki.”",
        ),
        (
            "sv",
            "Nytt ändamål med behandlingen: ”Rekisterin käyttäjien neuvonta ja tuki.”",
        ),
        (
            "en",
            "New purpose of processing: “Advice and support for the users of the register.”",
        ),
    ] {
        let (code, stdout, _) = diff(&seed(KEHA), &new, lang, "json");
        assert_eq!(code, Some(1));
        let report = json(&stdout);
        assert_eq!(report["substantive"].as_array().unwrap().len(), 1);
        let change = &report["substantive"][0];
        assert_eq!(change["code"], "purpose-added");
        assert_eq!(change["path"], "purposes[3]");
        assert_eq!(change["old"], serde_json::Value::Null);
        assert_eq!(change["description"], sentence, "{lang}");
        assert_eq!(report["wording"], serde_json::json!([]));
    }
}

#[test]
fn a_purpose_removed_is_reported_at_its_old_path() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed_text(KEHA);
    let start = text
        .find("[[purposes]]\nid = \"client-statistics\"")
        .unwrap();
    let end = text.find("# Section 4, second paragraph").unwrap();
    let new = write(
        &dir,
        "keha.toml",
        &format!("{}{}", &text[..start], &text[end..]),
    );
    let (code, stdout, _) = diff(&seed(KEHA), &new, "en", "text");
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout,
        format!(
            "Substantive changes: 1\n\
             purpose-removed: Purpose of processing removed: “ALPO-rekisteriin kerätään ja tallennetaan tilastokäsittelyä varten tietoja neuvontapisteiden…” (purposes[0])\n\
             Wording only: 0\n\
             {NO_HISTORY_EN}\n"
        )
    );
}

#[test]
fn a_changes_entry_added_is_reported_as_history() {
    let dir = tempfile::tempdir().unwrap();
    let text = edited(KEHA, KEHA_USERS_POLICY, KEHA_USERS_POLICY_24).replace(
        "# \"1. Rekisterinpitäjä\": a name only.\n",
        "[[changes]]\n\
         date = \"2026-03-01\"\n\
         description.fi = \"Käyttäjien tietojen säilytysaika pidennettiin 24 kuukauteen.\"\n\n\
         # \"1. Rekisterinpitäjä\": a name only.\n",
    );
    let new = write(&dir, "keha.toml", &text);
    let old = seed(KEHA);
    for (lang, line) in [
        ("fi", "Versiohistoria: 1 uusi merkintä (2026-03-01)"),
        ("sv", "Versionshistorik: 1 ny post (2026-03-01)"),
        ("en", "Version history: 1 entry added (2026-03-01)"),
    ] {
        let (code, stdout, _) = diff(&old, &new, lang, "text");
        // Still 1: the entry describes the change, it does not make it less substantive.
        assert_eq!(code, Some(1));
        assert_eq!(stdout.lines().last(), Some(line), "{stdout}");
        assert_eq!(
            stdout.lines().count(),
            4,
            "the history is not wording: {stdout}"
        );
    }
    let (_, stdout, _) = diff(&old, &new, "sv", "json");
    assert_eq!(
        json(&stdout)["history_added"],
        serde_json::json!([{
            "date": "2026-03-01",
            "description": "Käyttäjien tietojen säilytysaika pidennettiin 24 kuukauteen.",
        }])
    );
    // The history alone changed: no substantive change, and it is said.
    let only_history = write(
        &dir,
        "history.toml",
        &seed_text(KEHA).replace(
            "# \"1. Rekisterinpitäjä\": a name only.\n",
            "[[changes]]\ndate = \"2021-11-18\"\ndescription.fi = \"Seloste laadittiin.\"\n\n# \"1. Rekisterinpitäjä\": a name only.\n",
        ),
    );
    let (code, stdout, _) = diff(&old, &only_history, "fi", "text");
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "Olennaiset muutokset: 0\n\
         Vain sanamuotoa koskevat muutokset: 0\n\
         Versiohistoria: 1 uusi merkintä (2021-11-18)\n"
    );
}

#[test]
fn contacts_recipients_sources_categories_and_transfers() {
    let dir = tempfile::tempdir().unwrap();
    let text = edited(
        ESPOO,
        "email = \"tietosuoja@espoo.fi\"",
        "email = \"tietosuojavastaava@espoo.fi\"",
    )
    .replace(
        "[[recipients]]\nname.fi = \"Hankerahoittajat\"",
        "[[recipients]]\nname.fi = \"Kansaneläkelaitos\"\nkind = \"authority\"\n\n[[recipients]]\nname.fi = \"Hankerahoittajat\"",
    )
    .replace(
        "outside_eea = false\nstatement.fi = \"Henkilötietoja ei siirretä EU:n tai Euroopan talousalueen (ETA) ulkopuolelle.\"",
        "outside_eea = true\n\n[[transfers.transfers]]\ndestination = \"Yhdysvallat\"\nsafeguard = \"adequacy-decision\"",
    )
    .replace(
        "    { fi = \"kuntoutuslaitos\" },\n",
        "    { fi = \"kuntoutuslaitos\" },\n    { fi = \"Digi- ja väestötietovirasto\", kind = \"authority\" },\n",
    )
    .replace(
        "[[subject_groups.categories]]\nname.fi = \"Muita rekisteriin muodostuvia tietoja\"",
        "[[subject_groups.categories]]\nname.fi = \"Rikostaustaa koskevat tiedot\"\nspecial = \"criminal-convictions\"\n\n[[subject_groups.categories]]\nname.fi = \"Muita rekisteriin muodostuvia tietoja\"",
    );
    let new = write(&dir, "espoo.toml", &text);
    let (code, stdout, _) = diff(&seed(ESPOO), &new, "fi", "text");
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout,
        format!(
            "Olennaiset muutokset: 7\n\
             dpo-contact-changed: Tietosuojavastaavan tiedot ovat muuttuneet: sähköpostiosoite ”tietosuoja@espoo.fi” → ”tietosuojavastaava@espoo.fi” (controller.dpo.contact.email)\n\
             data-category-added: Rekisteröityjen ryhmästä ”Asiakkaat” käsitellään uutta henkilötietoryhmää: ”Rikostaustaa koskevat tiedot” (subject_groups[0].categories[2])\n\
             special-category-added: Rekisteröityjen ryhmästä ”Asiakkaat” käsitellään nyt rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja (tietosuoja-asetuksen 10 artikla) (subject_groups[0].categories[2].special)\n\
             source-added: Uusi henkilötietojen lähde: ”Digi- ja väestötietovirasto” (sources[1].items[7])\n\
             recipient-added: Uusi henkilötietojen vastaanottaja: ”Kansaneläkelaitos” (recipients[3])\n\
             transfer-added: Uusi siirto EU:n tai ETA:n ulkopuolelle: Yhdysvallat (transfers.transfers[0])\n\
             outside-eea-changed: Selosteen mukaan tietoja siirretään nyt EU:n tai ETA:n ulkopuolelle (transfers.outside_eea)\n\
             Vain sanamuotoa koskevat muutokset: 1\n\
             wording: Poistettu: ”Henkilötietoja ei siirretä EU:n tai Euroopan talousalueen (ETA) ulkopuolelle.” (transfers.statement)\n\
             {NO_HISTORY_FI}\n"
        )
    );
    let (_, stdout, _) = diff(&seed(ESPOO), &new, "sv", "json");
    let sentences: Vec<String> = json(&stdout)["substantive"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["description"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        sentences,
        [
            "Uppgifterna om dataskyddsombudet har ändrats: e-postadress ”tietosuoja@espoo.fi” → ”tietosuojavastaava@espoo.fi”",
            "Om gruppen ”Asiakkaat” behandlas en ny kategori av personuppgifter: ”Rikostaustaa koskevat tiedot”",
            "Om gruppen ”Asiakkaat” behandlas nu personuppgifter som rör fällande domar i brottmål och överträdelser (artikel 10 i dataskyddsförordningen)",
            "Ny källa för personuppgifterna: ”Digi- ja väestötietovirasto”",
            "Ny mottagare av personuppgifterna: ”Kansaneläkelaitos”",
            "Ny överföring utanför EU/EES: Yhdysvallat",
            "Enligt beskrivningen överförs uppgifter nu till länder utanför EU/EES",
        ]
    );
    let (_, stdout, _) = diff(&seed(ESPOO), &new, "en", "json");
    let sentences: Vec<String> = json(&stdout)["substantive"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["description"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        sentences,
        [
            "The data protection officer's details have changed: e-mail address “tietosuoja@espoo.fi” → “tietosuojavastaava@espoo.fi”",
            "New category of personal data about “Asiakkaat”: “Rikostaustaa koskevat tiedot”",
            "Personal data relating to criminal convictions and offences is now processed about “Asiakkaat” (Article 10 GDPR)",
            "New source of personal data: “Digi- ja väestötietovirasto”",
            "New recipient of personal data: “Kansaneläkelaitos”",
            "New transfer outside the EU/EEA: Yhdysvallat",
            "The notice now states that data is transferred outside the EU/EEA",
        ]
    );
}

#[test]
fn the_controller_and_its_contact_person() {
    let dir = tempfile::tempdir().unwrap();
    let text = edited(
        ESPOO,
        "email = \"hilla-maaria.sipila@espoo.fi\"",
        "email = \"tyollisyyspalvelut@espoo.fi\"",
    );
    let new = write(&dir, "espoo.toml", &text);
    let (code, stdout, _) = diff(&seed(ESPOO), &new, "en", "json");
    assert_eq!(code, Some(1));
    let report = json(&stdout);
    assert_eq!(
        report["substantive"][0]["code"],
        "controller-contact-changed"
    );
    assert_eq!(
        report["substantive"][0]["path"],
        "controller.contact_person.contact.email"
    );
    assert_eq!(
        report["substantive"][0]["description"],
        "The details of the register's contact person have changed: e-mail address “hilla-maaria.sipila@espoo.fi” → “tyollisyyspalvelut@espoo.fi”"
    );
    let text = edited(
        KEHA,
        "[controller]\n",
        "[controller]\nbusiness_id = \"1234567-1\"\n",
    );
    let new = write(&dir, "keha.toml", &text);
    let (code, stdout, _) = diff(&seed(KEHA), &new, "fi", "text");
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout.lines().nth(1),
        Some(
            "controller-contact-changed: Rekisterinpitäjän tiedot ovat muuttuneet: Y-tunnus (ei ilmoitettu) → ”1234567-1” (controller.business_id)"
        )
    );
}

#[test]
fn how_requests_are_made_is_substantive() {
    let dir = tempfile::tempdir().unwrap();
    // Identity no longer always proven (Art. 12(6) allows asking only on reasonable doubt).
    let text = edited(
        KEHA,
        "procedure = { written_only = true, identity_proof_always = true }",
        "procedure = { written_only = true }",
    )
    .replace(
        "how_to_request.fi = \"Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.\"",
        "how_to_request.fi = \"Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle.\"",
    );
    let new = write(&dir, "keha.toml", &text);
    let change = "”Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.” → ”Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle.”";
    for (lang, instructions, identity) in [
        (
            "fi",
            format!("Ohjeet oikeuksien käyttämisestä ovat muuttuneet: {change}"),
            "Henkilöllisyyttä ei enää tarvitse aina todistaa",
        ),
        (
            "sv",
            format!(
                "Anvisningarna om hur de registrerade utövar sina rättigheter har ändrats: {change}"
            ),
            "Identiteten behöver inte längre alltid styrkas",
        ),
        (
            "en",
            "The instructions on how to exercise the rights have changed: “Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.” → “Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle.”"
                .to_owned(),
            "Proof of identity is no longer always required",
        ),
    ] {
        let (code, stdout, _) = diff(&seed(KEHA), &new, lang, "json");
        assert_eq!(code, Some(1));
        let report = json(&stdout);
        let found: Vec<(&str, &str, &str)> = report["substantive"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap(),
                    d["path"].as_str().unwrap(),
                    d["description"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(found[0].2, instructions, "{lang}");
        assert_eq!(
            found,
            [
                (
                    "rights-exercise-changed",
                    "rights.how_to_request",
                    found[0].2
                ),
                (
                    "rights-exercise-changed",
                    "rights.procedure.identity_proof_always",
                    identity
                ),
            ]
        );
        assert_eq!(report["wording"], serde_json::json!([]), "{lang}");
    }
}

#[test]
fn a_removed_contact_detail_is_said_to_be_not_stated() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "espoo.toml",
        &edited(ESPOO, "email = \"tietosuoja@espoo.fi\"\n", ""),
    );
    let (code, stdout, _) = diff(&seed(ESPOO), &new, "sv", "text");
    assert_eq!(code, Some(1));
    assert_eq!(
        stdout,
        format!(
            "Väsentliga ändringar: 1\n\
             dpo-contact-changed: Uppgifterna om dataskyddsombudet har ändrats: e-postadress ”tietosuoja@espoo.fi” → (anges inte) (controller.dpo.contact.email)\n\
             Ändringar endast i formuleringen: 0\n\
             {NO_HISTORY_SV}\n"
        )
    );
}

/// The (code, path, description) of each substantive change, and the wording paths, of a
/// diff in `lang`.
fn changes(old: &str, new: &str, lang: &str) -> (Vec<(String, String, String)>, Vec<String>) {
    let (code, stdout, stderr) = diff(old, new, lang, "json");
    assert!(matches!(code, Some(0 | 1)), "{stderr}");
    let report = json(&stdout);
    let field = |d: &serde_json::Value, key: &str| d[key].as_str().unwrap().to_owned();
    let substantive = report["substantive"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (field(d, "code"), field(d, "path"), field(d, "description")))
        .collect();
    let wording = report["wording"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| field(d, "path"))
        .collect();
    (substantive, wording)
}

/// Checks that a diff has exactly the substantive changes `expected` in each language, as
/// (code, path, [fi, sv, en]), and no wording changes.
fn assert_changes(old: &str, new: &str, expected: &[(&str, &str, [&str; 3])]) {
    for (at, lang) in ["fi", "sv", "en"].into_iter().enumerate() {
        let (substantive, wording) = changes(old, new, lang);
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|(code, path, sentences)| {
                (
                    (*code).to_owned(),
                    (*path).to_owned(),
                    sentences[at].to_owned(),
                )
            })
            .collect();
        assert_eq!(substantive, want, "{lang}");
        assert_eq!(wording, Vec::<String>::new(), "{lang}");
    }
}

const TEM: &str = "tem-tno-contacts";
const TEM_PURPOSE_FI: &str =
    "Henkilötietoja käsitellään rekisterinpitäjän rekisteröidyn antaman suostumuksen perusteella…";
const TEM_PURPOSE_SV: &str = "Behandlingen av personuppgifterna grundar sig på den registrerades samtycke som hen gett till den…";

#[test]
fn statutes_legitimate_interests_and_direct_marketing_of_a_purpose() {
    let dir = tempfile::tempdir().unwrap();
    // The statutes the employment services rest on: one act out, its successor in.
    let new = write(
        &dir,
        "espoo.toml",
        &edited(
            ESPOO,
            "    { number = \"1305/2002\", title.fi = \"Vuorotteluvapaalaki\" },\n",
            "    { number = \"380/2023\", title.fi = \"Laki työvoimapalvelujen järjestämisestä\" },\n",
        ),
    );
    assert_changes(
        &seed(ESPOO),
        &new,
        &[(
            "lawful-basis-changed",
            "purposes[0].statutes",
            [
                &format!(
                    "Käsittelytarkoituksen ”{ESPOO_PURPOSE}” oikeusperusteena mainitut säädökset ovat muuttuneet: lisätty Laki työvoimapalvelujen järjestämisestä (380/2023); poistettu Vuorotteluvapaalaki (1305/2002)"
                ),
                &format!(
                    "De författningar som anges som rättslig grund för ändamålet ”{ESPOO_PURPOSE}” har ändrats: Laki työvoimapalvelujen järjestämisestä (380/2023) har tillkommit; Vuorotteluvapaalaki (1305/2002) har utgått"
                ),
                &format!(
                    "The statutes given as the legal basis of the purpose “{ESPOO_PURPOSE}” have changed: added Laki työvoimapalvelujen järjestämisestä (380/2023); removed Vuorotteluvapaalaki (1305/2002)"
                ),
            ],
        )],
    );

    // The contact list is no longer used for marketing.
    let new = write(
        &dir,
        "tem.toml",
        &edited(TEM, "direct_marketing = true\n", ""),
    );
    assert_changes(
        &seed(TEM),
        &new,
        &[(
            "lawful-basis-changed",
            "purposes[0].direct_marketing",
            [
                &format!("Tietoja ei enää käytetä suoramarkkinointiin (”{TEM_PURPOSE_FI}”)"),
                &format!(
                    "Uppgifterna används inte längre för direktmarknadsföring (”{TEM_PURPOSE_SV}”)"
                ),
                &format!("The data is no longer used for direct marketing (“{TEM_PURPOSE_FI}”)"),
            ],
        )],
    );
    let (substantive, _) = changes(&new, &seed(TEM), "en");
    assert_eq!(
        substantive[0].2,
        format!("The data is now used for direct marketing (“{TEM_PURPOSE_FI}”)")
    );
    let (substantive, _) = changes(&new, &seed(TEM), "fi");
    assert_eq!(
        substantive[0].2,
        format!("Tietoja käytetään nyt suoramarkkinointiin (”{TEM_PURPOSE_FI}”)")
    );
    let (substantive, _) = changes(&new, &seed(TEM), "sv");
    assert_eq!(
        substantive[0].2,
        format!("Uppgifterna används nu för direktmarknadsföring (”{TEM_PURPOSE_SV}”)")
    );

    // The interest pursued with the partners' contacts, stated and then reworded.
    let partner =
        "Rekisteriin kerätään ja tallennetaan tietoa myös neuvontapisteiden palvelua käyttävistä…";
    let stated = edited(
        KEHA,
        "lawful_bases = [\"6-1-a\"]\n",
        "lawful_bases = [\"6-1-a\"]\nlegitimate_interests.fi = \"Yhteydenpito yhteistyökumppaneihin\"\n",
    );
    let old = write(&dir, "keha-old.toml", &stated);
    let new = write(
        &dir,
        "keha-new.toml",
        &stated.replace(
            "\"Yhteydenpito yhteistyökumppaneihin\"",
            "\"Yhteydenpito yhteistyökumppaneihin ja heidän tiedottamisensa\"",
        ),
    );
    let change = "”Yhteydenpito yhteistyökumppaneihin” → ”Yhteydenpito yhteistyökumppaneihin ja heidän tiedottamisensa”";
    assert_changes(
        &old,
        &new,
        &[(
            "lawful-basis-changed",
            "purposes[1].legitimate_interests",
            [
                &format!(
                    "Käsittelytarkoituksen ”{partner}” perusteena oleva oikeutettu etu on muuttunut: {change}"
                ),
                &format!(
                    "Det berättigade intresse som ändamålet ”{partner}” grundar sig på har ändrats: {change}"
                ),
                &format!(
                    "The legitimate interest on which the purpose “{partner}” rests has changed: “Yhteydenpito yhteistyökumppaneihin” → “Yhteydenpito yhteistyökumppaneihin ja heidän tiedottamisensa”"
                ),
            ],
        )],
    );
    let (substantive, _) = changes(&seed(KEHA), &old, "en");
    assert_eq!(
        substantive[0].2,
        format!(
            "The legitimate interest on which the purpose “{partner}” rests has changed: (not stated) → “Yhteydenpito yhteistyökumppaneihin”"
        )
    );
}

#[test]
fn a_source_that_changes_kind_access_or_exemption() {
    let dir = tempfile::tempdir().unwrap();
    let consent_source = "Asiakkaan yksilöidyllä suostumuksella tietoja ja asiakirjoja voidaan tarvittaessa kerätä ja saada…";
    let new = write(
        &dir,
        "espoo.toml",
        &edited(
            ESPOO,
            "kind = \"third-party\"\nconsent_required = true\n",
            "kind = \"third-party\"\nconsent_required = true\npublicly_accessible = false\nexemption = \"14-5-c\"\n",
        )
        .replace(
            "    { fi = \"eläkelaitos\" },\n",
            "    { fi = \"eläkelaitos\", kind = \"authority\" },\n",
        ),
    );
    assert_changes(
        &seed(ESPOO),
        &new,
        &[
            (
                "source-changed",
                "sources[1].items[7].kind",
                [
                    "Henkilötietojen lähteen ”eläkelaitos” tiedot ovat muuttuneet: tietojen antaja ”muu henkilö tai taho” → ”viranomainen”",
                    "Uppgifterna om källan ”eläkelaitos” har ändrats: uppgiftslämnare ”en annan person eller organisation” → ”en myndighet”",
                    "The details of the source “eläkelaitos” have changed: who provides the data “another person or organisation” → “an authority”",
                ],
            ),
            (
                "source-changed",
                "sources[1].publicly_accessible",
                [
                    &format!(
                        "Henkilötietojen lähteen ”{consent_source}” tiedot ovat muuttuneet: yleisesti saatavilla oleva lähde (ei ilmoitettu) → ”ei”"
                    ),
                    &format!(
                        "Uppgifterna om källan ”{consent_source}” har ändrats: allmänt tillgänglig (anges inte) → ”nej”"
                    ),
                    &format!(
                        "The details of the source “{consent_source}” have changed: publicly accessible (not stated) → “no”"
                    ),
                ],
            ),
            (
                "source-changed",
                "sources[1].exemption",
                [
                    &format!(
                        "Henkilötietojen lähteen ”{consent_source}” tiedot ovat muuttuneet: 14 artiklan 5 kohdan mukainen poikkeus (ei ilmoitettu) → ”tietojen hankkimisesta tai luovuttamisesta säädetään nimenomaisesti laissa (14 artiklan 5 kohdan c alakohta)”"
                    ),
                    &format!(
                        "Uppgifterna om källan ”{consent_source}” har ändrats: undantag enligt artikel 14.5 (anges inte) → ”insamlingen eller utlämnandet av uppgifterna är uttryckligen föreskrivet i lag (artikel 14.5 c)”"
                    ),
                    &format!(
                        "The details of the source “{consent_source}” have changed: exemption under Article 14(5) (not stated) → “obtaining or disclosure is expressly laid down by law (Article 14(5)(c))”"
                    ),
                ],
            ),
        ],
    );

    // Visit data recorded by the advisers, now said to come from a third party: Art. 14.
    let visits = "Rekisteriin kerättävät asiakaskäyntien tilastolliset tiedot sekä yhteistyökumppanikäyntitietoja…";
    let new = write(
        &dir,
        "keha.toml",
        &edited(KEHA, "kind = \"controller\"\n", "kind = \"third-party\"\n"),
    );
    assert_changes(
        &seed(KEHA),
        &new,
        &[(
            "source-changed",
            "sources[1].kind",
            [
                &format!(
                    "Henkilötietojen lähteen ”{visits}” tiedot ovat muuttuneet: tietojen antaja ”rekisterinpitäjä itse” → ”muu henkilö tai taho”"
                ),
                &format!(
                    "Uppgifterna om källan ”{visits}” har ändrats: uppgiftslämnare ”den personuppgiftsansvarige själv” → ”en annan person eller organisation”"
                ),
                &format!(
                    "The details of the source “{visits}” have changed: who provides the data “the controller itself” → “another person or organisation”"
                ),
            ],
        )],
    );
}

/// Where the Espoo seed's purposes begin: joint controllers and a representative go before.
const ESPOO_PURPOSES: &str = "# \"5. Mihin tarkoitukseen henkilötietoja käsitellään?\"";
const JOINT_TE: &str = "[[controller.joint_controllers]]\nname.fi = \"Uudenmaan TE-toimisto\"\nresponsibilities.fi = \"Vastaa palkkatuetun työn päätöksistä.\"\ncontact.email = \"kirjaamo.uusimaa@te-toimisto.fi\"\n\n";
const REPRESENTATIVE: &str = "[controller.representative]\norganisation.fi = \"Espoon edustaja\"\ncontact.email = \"edustaja@espoo.example\"\n\n";

#[test]
fn joint_controllers_and_the_representative_are_the_controllers_identity() {
    let dir = tempfile::tempdir().unwrap();
    let first = edited(
        ESPOO,
        ESPOO_PURPOSES,
        &format!("{JOINT_TE}{REPRESENTATIVE}{ESPOO_PURPOSES}"),
    );
    let second = edited(
        ESPOO,
        ESPOO_PURPOSES,
        &format!(
            "{}[[controller.joint_controllers]]\nname.fi = \"KEHA-keskus\"\n\n{}{ESPOO_PURPOSES}",
            JOINT_TE
                .replace("päätöksistä.", "päätöksistä ja maksatuksesta.")
                .replace("kirjaamo.uusimaa@", "uusimaa@"),
            REPRESENTATIVE.replace("edustaja@", "edustus@"),
        ),
    );
    let (first, second) = (
        write(&dir, "first.toml", &first),
        write(&dir, "second.toml", &second),
    );
    let representative = [
        "Rekisterinpitäjän edustajan tiedot ovat muuttuneet",
        "Uppgifterna om den personuppgiftsansvariges företrädare har ändrats",
        "The details of the controller's representative have changed",
    ];
    assert_changes(
        &seed(ESPOO),
        &first,
        &[
            (
                "controller-contact-changed",
                "controller.representative.organisation",
                [
                    &format!(
                        "{}: organisaatio (ei ilmoitettu) → ”Espoon edustaja”",
                        representative[0]
                    ),
                    &format!(
                        "{}: organisation (anges inte) → ”Espoon edustaja”",
                        representative[1]
                    ),
                    &format!(
                        "{}: organisation (not stated) → “Espoon edustaja”",
                        representative[2]
                    ),
                ],
            ),
            (
                "controller-contact-changed",
                "controller.representative.contact.email",
                [
                    &format!(
                        "{}: sähköpostiosoite (ei ilmoitettu) → ”edustaja@espoo.example”",
                        representative[0]
                    ),
                    &format!(
                        "{}: e-postadress (anges inte) → ”edustaja@espoo.example”",
                        representative[1]
                    ),
                    &format!(
                        "{}: e-mail address (not stated) → “edustaja@espoo.example”",
                        representative[2]
                    ),
                ],
            ),
            (
                "controller-contact-changed",
                "controller.joint_controllers[0]",
                [
                    "Uusi yhteisrekisterinpitäjä: ”Uudenmaan TE-toimisto”",
                    "Ny gemensamt personuppgiftsansvarig: ”Uudenmaan TE-toimisto”",
                    "New joint controller: “Uudenmaan TE-toimisto”",
                ],
            ),
        ],
    );
    assert_changes(
        &first,
        &second,
        &[
            (
                "controller-contact-changed",
                "controller.representative.contact.email",
                [
                    &format!(
                        "{}: sähköpostiosoite ”edustaja@espoo.example” → ”edustus@espoo.example”",
                        representative[0]
                    ),
                    &format!(
                        "{}: e-postadress ”edustaja@espoo.example” → ”edustus@espoo.example”",
                        representative[1]
                    ),
                    &format!(
                        "{}: e-mail address “edustaja@espoo.example” → “edustus@espoo.example”",
                        representative[2]
                    ),
                ],
            ),
            (
                "controller-contact-changed",
                "controller.joint_controllers[0].responsibilities",
                [
                    "Yhteisrekisterinpitäjän ”Uudenmaan TE-toimisto” tiedot ovat muuttuneet: vastuualueet ”Vastaa palkkatuetun työn päätöksistä.” → ”Vastaa palkkatuetun työn päätöksistä ja maksatuksesta.”",
                    "Uppgifterna om den gemensamt personuppgiftsansvarige ”Uudenmaan TE-toimisto” har ändrats: ansvarsfördelning ”Vastaa palkkatuetun työn päätöksistä.” → ”Vastaa palkkatuetun työn päätöksistä ja maksatuksesta.”",
                    "The details of the joint controller “Uudenmaan TE-toimisto” have changed: responsibilities “Vastaa palkkatuetun työn päätöksistä.” → “Vastaa palkkatuetun työn päätöksistä ja maksatuksesta.”",
                ],
            ),
            (
                "controller-contact-changed",
                "controller.joint_controllers[0].contact.email",
                [
                    "Yhteisrekisterinpitäjän ”Uudenmaan TE-toimisto” tiedot ovat muuttuneet: sähköpostiosoite ”kirjaamo.uusimaa@te-toimisto.fi” → ”uusimaa@te-toimisto.fi”",
                    "Uppgifterna om den gemensamt personuppgiftsansvarige ”Uudenmaan TE-toimisto” har ändrats: e-postadress ”kirjaamo.uusimaa@te-toimisto.fi” → ”uusimaa@te-toimisto.fi”",
                    "The details of the joint controller “Uudenmaan TE-toimisto” have changed: e-mail address “kirjaamo.uusimaa@te-toimisto.fi” → “uusimaa@te-toimisto.fi”",
                ],
            ),
            (
                "controller-contact-changed",
                "controller.joint_controllers[1]",
                [
                    "Uusi yhteisrekisterinpitäjä: ”KEHA-keskus”",
                    "Ny gemensamt personuppgiftsansvarig: ”KEHA-keskus”",
                    "New joint controller: “KEHA-keskus”",
                ],
            ),
        ],
    );
    // Back to the seed: both joint controllers and the representative removed.
    let (substantive, wording) = changes(&second, &seed(ESPOO), "fi");
    assert!(wording.is_empty(), "{wording:?}");
    assert_eq!(substantive.len(), 4, "{substantive:?}");
    for (lang, sentence) in [
        ("fi", "Yhteisrekisterinpitäjä on poistettu: ”KEHA-keskus”"),
        (
            "sv",
            "Den gemensamt personuppgiftsansvarige har strukits: ”KEHA-keskus”",
        ),
        ("en", "Joint controller removed: “KEHA-keskus”"),
    ] {
        let (substantive, _) = changes(&second, &seed(ESPOO), lang);
        assert_eq!(
            substantive[3],
            (
                "controller-contact-changed".to_owned(),
                "controller.joint_controllers[1]".to_owned(),
                sentence.to_owned()
            ),
            "{lang}"
        );
    }
}

#[test]
fn a_new_processor_is_a_new_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "keha.toml",
        &edited(
            KEHA,
            "[[processors]]\nname = \"Netum Oy\"",
            "[[processors]]\nname = \"CGI Suomi Oy\"\ndescription.fi = \"Ylläpitää rekisterijärjestelmän palvelimia.\"\n\n[[processors]]\nname = \"Netum Oy\"",
        ),
    );
    assert_changes(
        &seed(KEHA),
        &new,
        &[(
            "recipient-added",
            "processors[1]",
            [
                "Uusi henkilötietojen käsittelijä: ”CGI Suomi Oy”",
                "Nytt personuppgiftsbiträde: ”CGI Suomi Oy”",
                "New processor: “CGI Suomi Oy”",
            ],
        )],
    );
}

#[test]
fn a_recipients_legal_ground_statutes_or_consent_changed() {
    let dir = tempfile::tempdir().unwrap();
    let new = write(
        &dir,
        "espoo.toml",
        &edited(
            ESPOO,
            "legal_ground.fi = \"jos siihen on lainsäädännöllinen peruste\"",
            "legal_ground.fi = \"laissa säädetty tiedonsaantioikeus\"\nstatutes = [{ number = \"916/2012\", title.fi = \"Laki julkisesta työvoima- ja yrityspalvelusta\", section.fi = \"13 luku 4 §\" }]",
        )
        .replace(
            "name.fi = \"Hankerahoittajat\"\nkind = \"third-party\"\n",
            "name.fi = \"Hankerahoittajat\"\nkind = \"third-party\"\nconsent_required = true\n",
        ),
    );
    assert_changes(
        &seed(ESPOO),
        &new,
        &[
            (
                "recipient-changed",
                "recipients[1].legal_ground",
                [
                    "Henkilötietojen vastaanottajan ”Eri viranomaiset” tiedot ovat muuttuneet: luovutuksen peruste ”jos siihen on lainsäädännöllinen peruste” → ”laissa säädetty tiedonsaantioikeus”",
                    "Uppgifterna om mottagaren ”Eri viranomaiset” har ändrats: grunden för utlämnandet ”jos siihen on lainsäädännöllinen peruste” → ”laissa säädetty tiedonsaantioikeus”",
                    "The details of the recipient “Eri viranomaiset” have changed: legal ground of the disclosure “jos siihen on lainsäädännöllinen peruste” → “laissa säädetty tiedonsaantioikeus”",
                ],
            ),
            (
                "recipient-changed",
                "recipients[1].statutes",
                [
                    "Henkilötietojen vastaanottajan ”Eri viranomaiset” tiedot ovat muuttuneet: säädökset: lisätty julkisesta työvoima- ja yrityspalvelusta annetun lain (916/2012) 13 luvun 4 §",
                    "Uppgifterna om mottagaren ”Eri viranomaiset” har ändrats: författningar: 13 luku 4 § i Laki julkisesta työvoima- ja yrityspalvelusta (916/2012) har tillkommit",
                    "The details of the recipient “Eri viranomaiset” have changed: statutes: added Laki julkisesta työvoima- ja yrityspalvelusta (916/2012), 13 luku 4 §",
                ],
            ),
            (
                "recipient-changed",
                "recipients[3].consent_required",
                [
                    "Henkilötietojen vastaanottajan ”Hankerahoittajat” tiedot ovat muuttuneet: tietoja luovutetaan nyt vain rekisteröidyn suostumuksella",
                    "Uppgifterna om mottagaren ”Hankerahoittajat” har ändrats: uppgifterna lämnas nu ut endast med den registrerades samtycke",
                    "The details of the recipient “Hankerahoittajat” have changed: the data is now disclosed only with the data subject's consent",
                ],
            ),
        ],
    );
    let (substantive, _) = changes(&new, &seed(ESPOO), "en");
    assert_eq!(
        substantive[2].2,
        "The details of the recipient “Hankerahoittajat” have changed: the data is now also disclosed without the data subject's consent"
    );

    // A recipient removed is wording only: the data subjects lose nothing by not being told.
    let removed = write(
        &dir,
        "removed.toml",
        &edited(
            ESPOO,
            "[[recipients]]\nname.fi = \"Yhteistyökumppanit\"\nkind = \"partner\"\ndescription.fi = \"Tietoja luovutetaan yhteistyökumppaneille, jotka ovat osallisina rekisteröidylle tarjottavan palvelun suunnittelussa ja/tai toteuttamisessa.\"\n\n",
            "",
        ),
    );
    let (code, stdout, _) = diff(&seed(ESPOO), &removed, "fi", "text");
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "Olennaiset muutokset: 0\n\
         Vain sanamuotoa koskevat muutokset: 1\n\
         wording: Poistettu: ”Yhteistyökumppanit” (recipients[0])\n"
    );
}

#[test]
fn a_transfers_safeguard_recipient_or_copy_changed() {
    let dir = tempfile::tempdir().unwrap();
    let none = "outside_eea = false\nstatement.fi = \"Henkilötietoja ei siirretä EU:n tai Euroopan talousalueen (ETA) ulkopuolelle.\"";
    let old = write(
        &dir,
        "old.toml",
        &edited(
            ESPOO,
            none,
            "outside_eea = true\n\n[[transfers.transfers]]\ndestination = \"Yhdysvallat\"\nsafeguard = \"standard-contractual-clauses\"",
        ),
    );
    let new = write(
        &dir,
        "new.toml",
        &edited(
            ESPOO,
            none,
            "outside_eea = true\n\n[[transfers.transfers]]\ndestination = \"Yhdysvallat\"\nrecipient.fi = \"Microsoft Ireland Operations Ltd\"\nsafeguard = \"adequacy-decision\"\nsafeguard_copy.fi = \"tietosuoja@espoo.fi\"",
        ),
    );
    let intro = [
        "Siirron EU:n tai ETA:n ulkopuolelle (Yhdysvallat) tiedot ovat muuttuneet",
        "Uppgifterna om överföringen utanför EU/EES (Yhdysvallat) har ändrats",
        "The details of the transfer outside the EU/EEA (Yhdysvallat) have changed",
    ];
    assert_changes(
        &old,
        &new,
        &[
            (
                "transfer-changed",
                "transfers.transfers[0].safeguard",
                [
                    &format!(
                        "{}: siirron peruste ”komission vakiosopimuslausekkeet (46 artiklan 2 kohdan c alakohta)” → ”komission tietosuojan riittävyyttä koskeva päätös (45 artikla)”",
                        intro[0]
                    ),
                    &format!(
                        "{}: grunden för överföringen ”kommissionens standardavtalsklausuler (artikel 46.2 c)” → ”kommissionens beslut om adekvat skyddsnivå (artikel 45)”",
                        intro[1]
                    ),
                    &format!(
                        "{}: basis of the transfer “standard contractual clauses (Article 46(2)(c))” → “adequacy decision by the Commission (Article 45)”",
                        intro[2]
                    ),
                ],
            ),
            (
                "transfer-changed",
                "transfers.transfers[0].recipient",
                [
                    &format!(
                        "{}: vastaanottaja (ei ilmoitettu) → ”Microsoft Ireland Operations Ltd”",
                        intro[0]
                    ),
                    &format!(
                        "{}: mottagare (anges inte) → ”Microsoft Ireland Operations Ltd”",
                        intro[1]
                    ),
                    &format!(
                        "{}: recipient (not stated) → “Microsoft Ireland Operations Ltd”",
                        intro[2]
                    ),
                ],
            ),
            (
                "transfer-changed",
                "transfers.transfers[0].safeguard_copy",
                [
                    &format!(
                        "{}: miten suojatoimista saa jäljennöksen (ei ilmoitettu) → ”tietosuoja@espoo.fi”",
                        intro[0]
                    ),
                    &format!(
                        "{}: var en kopia av skyddsåtgärderna finns att få (anges inte) → ”tietosuoja@espoo.fi”",
                        intro[1]
                    ),
                    &format!(
                        "{}: where a copy of the safeguards is available (not stated) → “tietosuoja@espoo.fi”",
                        intro[2]
                    ),
                ],
            ),
        ],
    );
}
