//! The record of processing activities, Art. 30(1) GDPR: one row per register, one column per
//! item (a)–(g).

use serde::Serialize;

use crate::model::{
    Contact, Controller, Register, RetentionPolicy, RetentionRule, Transfers, Trigger,
};
use crate::text::{Language, LocalizedText};

/// One register's entry in the Art. 30(1) record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RopaRow {
    /// The register.
    pub register: String,
    /// (a) The controller, joint controllers, representative and DPO, with contact details.
    pub a_controller: String,
    /// (b) The purposes of the processing.
    pub b_purposes: String,
    /// (c) The categories of data subjects and of personal data.
    pub c_categories: String,
    /// (d) The categories of recipients, including in third countries.
    pub d_recipients: String,
    /// (e) Transfers to third countries, with their safeguards.
    pub e_transfers: String,
    /// (f) Where possible, the time limits for erasure.
    pub f_erasure_time_limits: String,
    /// (g) Where possible, a general description of the security measures.
    pub g_security: String,
}

/// The column headers in `language`.
pub fn ropa_headers(language: Language) -> [&'static str; 8] {
    match language {
        Language::Fi => [
            "Rekisteri",
            "(a) Rekisterinpitäjä ja tietosuojavastaava",
            "(b) Käsittelyn tarkoitukset",
            "(c) Rekisteröidyt ja henkilötietoryhmät",
            "(d) Vastaanottajat",
            "(e) Siirrot kolmansiin maihin",
            "(f) Poistamisen määräajat",
            "(g) Suojaustoimenpiteet",
        ],
        Language::Sv => [
            "Register",
            "(a) Personuppgiftsansvarig och dataskyddsombud",
            "(b) Ändamål",
            "(c) Registrerade och kategorier av personuppgifter",
            "(d) Mottagare",
            "(e) Överföringar till tredjeländer",
            "(f) Tidsfrister för radering",
            "(g) Säkerhetsåtgärder",
        ],
        Language::En => [
            "Register",
            "(a) Controller and data protection officer",
            "(b) Purposes",
            "(c) Categories of data subjects and personal data",
            "(d) Recipients",
            "(e) Transfers to third countries",
            "(f) Time limits for erasure",
            "(g) Security measures",
        ],
    }
}

pub(super) fn text(text: &LocalizedText, language: Language) -> String {
    text.get(language)
        .or_else(|| text.languages().next().and_then(|l| text.get(l)))
        .unwrap_or_default()
        .to_owned()
}

fn contact(contact: &Contact, language: Language) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(address) = &contact.postal_address {
        parts.push(text(address, language));
    }
    if let Some(phone) = &contact.phone {
        parts.push(phone.as_str().to_owned());
    }
    if let Some(email) = &contact.email {
        parts.push(email.as_str().to_owned());
    }
    if let Some(web) = &contact.web {
        parts.push(web.as_str().to_owned());
    }
    parts
}

fn not_stated(language: Language) -> String {
    language
        .pick("ei ilmoitettu", "anges inte", "not stated")
        .to_owned()
}

fn join_or_not_stated(parts: Vec<String>, separator: &str, language: Language) -> String {
    if parts.is_empty() {
        not_stated(language)
    } else {
        parts.join(separator)
    }
}

/// What starts a period, in the record's short form.
pub(super) fn trigger_phrase(trigger: &Trigger, l: Language) -> String {
    let phrase = match trigger {
        Trigger::Collected => l.pick("keräämisestä", "från insamlingen", "from collection"),
        Trigger::LastActivity => l.pick(
            "viimeisimmästä käytöstä",
            "från den senaste användningen",
            "from the last use",
        ),
        Trigger::RelationshipEnded => l.pick(
            "asiakkuuden päättymisestä",
            "från att förhållandet upphört",
            "from the end of the relationship",
        ),
        Trigger::Superseded => l.pick(
            "korvautumisesta uusilla tiedoilla",
            "från att uppgifterna ersatts",
            "from being superseded",
        ),
        Trigger::Event(name) => {
            let from = l.pick("tapahtumasta", "från händelsen", "from the event");
            return format!("{from} {name}");
        }
        _ => l.pick(
            "(alkamisajankohtaa ei ilmoitettu)",
            "(startpunkten anges inte)",
            "(start not stated)",
        ),
    };
    phrase.to_owned()
}

/// "2 v 6 kk" / "2 år 6 mån." / "2 years 6 months".
fn duration(years: u16, months: u16, l: Language) -> String {
    let mut parts = Vec::new();
    if years > 0 {
        let unit = l.pick("v", "år", if years == 1 { "year" } else { "years" });
        parts.push(format!("{years} {unit}"));
    }
    if months > 0 {
        let unit = l.pick("kk", "mån.", if months == 1 { "month" } else { "months" });
        parts.push(format!("{months} {unit}"));
    }
    parts.join(" ")
}

pub(super) fn retention_summary(rule: &RetentionRule, language: Language) -> String {
    let l = language;
    let own_words = rule.trigger_text.as_ref().map(|t| text(t, language));
    match &rule.policy {
        RetentionPolicy::Period {
            years,
            months,
            trigger,
        } => format!(
            "{} {}",
            duration(*years, *months, l),
            own_words.unwrap_or_else(|| trigger_phrase(trigger, l))
        ),
        RetentionPolicy::Until { .. } if own_words.is_some() => own_words.unwrap_or_default(),
        RetentionPolicy::Until {
            trigger: Trigger::Superseded,
        } => l
            .pick(
                "kunnes tiedot korvautuvat uusilla",
                "tills uppgifterna ersätts",
                "until superseded",
            )
            .to_owned(),
        RetentionPolicy::Until { trigger } => format!(
            "{} ({})",
            l.pick("tapahtumaan asti", "till händelsen", "until the event"),
            trigger_phrase(trigger, l)
        ),
        RetentionPolicy::Indefinite { anonymised } => l
            .pick(
                if *anonymised {
                    "toistaiseksi, anonyymina"
                } else {
                    "toistaiseksi"
                },
                if *anonymised {
                    "tills vidare, anonymt"
                } else {
                    "tills vidare"
                },
                if *anonymised {
                    "indefinitely, anonymised"
                } else {
                    "indefinitely"
                },
            )
            .to_owned(),
        RetentionPolicy::Statute { statute } => {
            let cited = super::statute_text::statute_citation(
                language,
                statute.title.as_ref().map(|t| text(t, language)).as_deref(),
                statute.number.as_ref().map(|n| n.as_str()),
                statute
                    .section
                    .as_ref()
                    .map(|t| text(t, language))
                    .as_deref(),
            );
            let by = l.pick("säädöksen mukaan:", "enligt författning:", "as set by");
            format!("{by} {cited}")
        }
        RetentionPolicy::Criteria { criteria } => text(criteria, language),
        _ => not_stated(language),
    }
}

/// The Art. 30(1) row of one register in `language` (a text missing in that language is
/// taken from another language the register has).
///
/// # Examples
///
/// ```
/// use gdpr::notice::{ropa_csv, ropa_row};
/// use gdpr::Language;
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let row = ropa_row(&register, Language::En);
/// assert!(row.f_erasure_time_limits.contains("12 months"));
/// let csv = ropa_csv(&[row], Language::En);
/// assert!(csv.contains("ALPO-rekisteri"), "one row per register, under a header");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn ropa_row(register: &Register, language: Language) -> RopaRow {
    let l = language;
    let purposes = register
        .purposes
        .iter()
        .map(|p| text(&p.description, l))
        .collect();
    let categories = register
        .subject_groups
        .iter()
        .map(|g| {
            let cats: Vec<String> = g.categories.iter().map(|cat| text(&cat.name, l)).collect();
            if cats.is_empty() {
                text(&g.name, l)
            } else {
                format!("{}: {}", text(&g.name, l), cats.join(", "))
            }
        })
        .collect();
    let mut recipients: Vec<String> = register
        .recipients
        .iter()
        .map(|r| text(&r.name, l))
        .collect();
    if recipients.is_empty()
        && let Some(statement) = &register.disclosure_statement
    {
        recipients.push(text(statement, l));
    }
    let erasure = register
        .retention
        .iter()
        .map(|rule| {
            format!(
                "{}: {}",
                text(&rule.applies_to, l),
                retention_summary(rule, l)
            )
        })
        .collect();
    let security = register
        .security
        .iter()
        .flat_map(|s| s.general.iter().chain(&s.manual).chain(&s.electronic))
        .map(|t| text(t, l))
        .collect();
    RopaRow {
        register: text(&register.name, l),
        a_controller: controller_cell(&register.controller, l),
        b_purposes: join_or_not_stated(purposes, " ", l),
        c_categories: join_or_not_stated(categories, "; ", l),
        d_recipients: join_or_not_stated(recipients, "; ", l),
        e_transfers: transfers_cell(register.transfers.as_ref(), l),
        f_erasure_time_limits: join_or_not_stated(erasure, "; ", l),
        g_security: join_or_not_stated(security, " ", l),
    }
}

/// Art. 30(1)(a): the controller, joint controllers, representative and DPO.
fn controller_cell(c: &Controller, l: Language) -> String {
    let mut controller = vec![text(&c.name, l)];
    if let Some(id) = &c.business_id {
        let label = l.pick("Y-tunnus", "FO-nummer", "Business ID");
        controller.push(format!("{label} {id}"));
    }
    controller.extend(contact(&c.contact, l));
    for joint in &c.joint_controllers {
        let label = l.pick(
            "yhteisrekisterinpitäjä",
            "gemensamt personuppgiftsansvarig",
            "joint controller",
        );
        controller.push(format!("{label}: {}", text(&joint.name, l)));
    }
    if let Some(representative) = &c.representative {
        let who = representative
            .organisation
            .as_ref()
            .map(|o| text(o, l))
            .or_else(|| representative.name.as_ref().map(|n| n.as_str().to_owned()));
        let label = l.pick("edustaja", "företrädare", "representative");
        controller.push(format!("{label}: {}", who.unwrap_or_default()));
    }
    let dpo = match &c.dpo {
        Some(dpo) => {
            let reach = contact(&dpo.contact, l);
            match (reach.is_empty(), dpo.contact.email_not_captured) {
                (false, _) => reach.join(", "),
                (true, true) => l
                    .pick(
                        "sähköpostiosoite on julkaistussa selosteessa, mutta se puuttuu tästä kopiosta",
                        "e-postadressen anges i den ursprungliga beskrivningen men har inte kunnat återges här",
                        "the e-mail address is in the published notice but not in this copy",
                    )
                    .to_owned(),
                (true, false) => not_stated(l),
            }
        }
        None => not_stated(l),
    };
    let label = l.pick("tietosuojavastaava", "dataskyddsombud", "DPO");
    controller.push(format!("{label}: {dpo}"));
    controller.join(", ")
}

/// Art. 30(1)(e): transfers to third countries with their safeguards.
fn transfers_cell(transfers: Option<&Transfers>, l: Language) -> String {
    match transfers {
        None => not_stated(l),
        Some(t) if t.transfers.is_empty() && t.outside_eea => not_stated(l),
        Some(t) if t.transfers.is_empty() => l
            .pick(
                "ei siirtoja EU/ETA:n ulkopuolelle",
                "inga överföringar utanför EU/EES",
                "none outside the EU/EEA",
            )
            .to_owned(),
        Some(t) => t
            .transfers
            .iter()
            .map(|tr| {
                let safeguard = tr.safeguard.map_or_else(
                    || not_stated(l),
                    |s| format!("{} {}", s.article(), s.title(l)),
                );
                format!("{} ({safeguard})", tr.destination)
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

impl RopaRow {
    fn cells(&self) -> [&str; 8] {
        [
            &self.register,
            &self.a_controller,
            &self.b_purposes,
            &self.c_categories,
            &self.d_recipients,
            &self.e_transfers,
            &self.f_erasure_time_limits,
            &self.g_security,
        ]
    }
}

/// The record as CSV (RFC 4180), with a header row in `language`.
pub fn ropa_csv(rows: &[RopaRow], language: Language) -> String {
    let mut out = ropa_headers(language)
        .iter()
        .map(|h| csv_cell(h))
        .collect::<Vec<_>>()
        .join(",")
        + "\r\n";
    for row in rows {
        out.push_str(
            &row.cells()
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// One CSV cell (RFC 4180), safe to open in a spreadsheet: a cell that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be read as a formula (CSV injection), so it is
/// prefixed with `'` and quoted, as OWASP's "CSV Injection" page advises. The text of a
/// register reaches the record verbatim, so any cell can start that way.
fn csv_cell(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula {
        format!("\"'{}\"", cell.replace('"', "\"\""))
    } else if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// The record as a Markdown table, cells escaped (a `|` in a cell cannot end it).
pub fn ropa_markdown(rows: &[RopaRow], language: Language) -> String {
    let cell = |text: &str| super::render::escape_markdown(&text.replace(['\r', '\n'], " "));
    let title = language.pick(
        "Seloste käsittelytoimista (tietosuoja-asetuksen 30 artiklan 1 kohta)",
        "Register över behandling (artikel 30.1 i dataskyddsförordningen)",
        "Record of processing activities (Art. 30(1) GDPR)",
    );
    let headers = ropa_headers(language);
    let mut out = format!(
        "# {title}\n\n| {} |\n|{}\n",
        headers.map(cell).join(" | "),
        " --- |".repeat(headers.len())
    );
    for row in rows {
        out.push_str(&format!("| {} |\n", row.cells().map(cell).join(" | ")));
    }
    out
}
