//! The request service's routes: subject pages, staff pages and a JSON API over one
//! [`AsyncDesk`]. `main.rs` opens the stores and serves this router; the tests serve it too.
//!
//! | route | who | what |
//! | --- | --- | --- |
//! | `GET /` | subject | the request form, in the browser's language (`?lang=` to choose) |
//! | `POST /requests` | subject | files a request; redirects to its receipt |
//! | `GET /receipt/{id}/{token}` | subject | reference, date of receipt, due date, status link |
//! | `GET /status/{id}/{token}` | subject | where the request stands (the token is unguessable) |
//! | `GET /staff/login`, `POST /staff/login`, `POST /staff/logout` | staff | sign in with the staff token |
//! | `GET /staff` | staff | the queue by deadline: days left, overdue marked |
//! | `GET /staff/requests/{id}` | staff | the request, its events, the audit chain, actions |
//! | `POST /staff/requests/{id}/{action}` | staff | `verify`, `extend`, `carry-out`, `refuse`, `complete` |
//! | `POST /api/requests`, `GET /api/requests/{id}/{token}` | systems | file and follow a request |
//! | `GET /api/staff/requests[/{id}]`, `POST /api/staff/requests/{id}/{action}` | systems | staff actions, `Authorization: Bearer <token>` |
//!
//! Every form carries a CSRF token; bodies are capped at 16 KiB; responses carry a strict
//! content security policy; logs name requests by reference and subjects by their keyed
//! reference, never by address; errors say what went wrong without echoing what was sent.

use std::collections::HashMap;
use std::io::Write as _;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use gdpr::Language;
use gdpr::desk::{DeskError, Outcome};
use gdpr::notice::escape_html;
use gdpr::request::{Channel, Event, EventKind, RefusalGround, RequestKind, Status};
use gdpr::store::{RequestId, RequestQuery, SubjectExport};
use gdpr::subject::SubjectKey;
use gdpr::tokio::AsyncDesk;
use hmac::{KeyInit, Mac};
use serde::Deserialize;
use serde_json::json;

/// The largest request body accepted.
pub const BODY_LIMIT: usize = 16 * 1024;

/// The kinds a subject can ask for on the form, in its order.
pub const FORM_KINDS: [RequestKind; 6] = [
    RequestKind::Access,
    RequestKind::Rectification,
    RequestKind::Erasure,
    RequestKind::Restriction,
    RequestKind::Portability,
    RequestKind::Objection,
];

/// What the service runs with.
pub struct Config {
    /// The desk (its stores, calendar and connectors).
    pub desk: AsyncDesk,
    /// The register's name in each language, for page titles.
    pub register_name: gdpr::LocalizedText,
    /// The controller's time zone: the date of receipt is the local date.
    pub zone: Tz,
    /// Keys subjects by their contact address.
    pub subject_key: SubjectKey,
    /// Signs status links and CSRF tokens (32 random bytes, kept with the data).
    pub service_key: [u8; 32],
    /// The staff token (sign-in and `Authorization: Bearer`).
    pub staff_token: String,
    /// Where contact details and messages are appended (JSON lines), if kept.
    pub contacts_file: Option<std::path::PathBuf>,
    /// Where log lines go (standard error in `main.rs`). They name requests by reference and
    /// subjects by their keyed reference, never by address.
    pub log: Arc<dyn Fn(&str) + Send + Sync>,
}

/// A request's contact details and message, as the subject gave them.
#[derive(Clone, serde::Serialize, Deserialize)]
struct Contact {
    id: RequestId,
    contact: String,
    message: String,
    language: Language,
}

// Never print an address or a message.
impl std::fmt::Debug for Contact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contact")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

struct Inner {
    config: Config,
    contacts: Mutex<HashMap<RequestId, Contact>>,
    sessions: Mutex<std::collections::HashSet<String>>,
    exports: Mutex<HashMap<RequestId, usize>>,
}

/// The service's shared state.
#[derive(Clone)]
pub struct App(Arc<Inner>);

impl App {
    /// A service over `config`; contact details kept earlier in its file are read back.
    ///
    /// # Errors
    /// The contacts file exists but cannot be read.
    pub fn new(config: Config) -> std::io::Result<Self> {
        let mut contacts = HashMap::new();
        if let Some(path) = &config.contacts_file
            && path.exists()
        {
            for line in std::fs::read_to_string(path)?.lines() {
                if let Ok(contact) = serde_json::from_str::<Contact>(line) {
                    contacts.insert(contact.id, contact);
                }
            }
        }
        Ok(Self(Arc::new(Inner {
            config,
            contacts: Mutex::new(contacts),
            sessions: Mutex::default(),
            exports: Mutex::default(),
        })))
    }

    fn log(&self, line: &str) {
        (self.0.config.log)(line);
    }

    fn desk(&self) -> &AsyncDesk {
        &self.0.config.desk
    }

    fn sign(&self, purpose: &str, value: &str) -> String {
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&self.0.config.service_key)
            .expect("any key length");
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        hex(&mac.finalize().into_bytes()[..16])
    }

    /// The unguessable token of a request's receipt and status pages.
    pub fn status_token(&self, id: RequestId) -> String {
        self.sign("status", &id.to_string())
    }

    fn remember(&self, contact: Contact) -> std::io::Result<()> {
        if let Some(path) = &self.0.config.contacts_file {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)?;
            writeln!(
                file,
                "{}",
                serde_json::to_string(&contact).expect("serializes")
            )?;
        }
        self.0
            .contacts
            .lock()
            .expect("not poisoned")
            .insert(contact.id, contact);
        Ok(())
    }
}

/// The router with every route, the body limit and the security headers.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/", get(form_page))
        .route("/requests", post(file_from_form))
        .route("/receipt/{id}/{token}", get(receipt_page))
        .route("/status/{id}/{token}", get(status_page))
        .route("/staff/login", get(login_page).post(login))
        .route("/staff/logout", post(logout))
        .route("/staff", get(queue_page))
        .route("/staff/requests/{id}", get(request_page))
        .route(
            "/staff/requests/{id}/{action}",
            post(staff_action_from_form),
        )
        .route("/api/requests", post(api_file))
        .route("/api/requests/{id}/{token}", get(api_status))
        .route("/api/staff/requests", get(api_queue))
        .route("/api/staff/requests/{id}", get(api_request))
        .route("/api/staff/requests/{id}/{action}", post(api_staff_action))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

async fn security_headers(request: axum::extract::Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (
            "content-security-policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
        ("cross-origin-opener-policy", "same-origin"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The service reads the clock; the crate's core never does.
fn now() -> DateTime<Utc> {
    std::time::SystemTime::now().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn random_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// Compares secrets in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

// ---------------------------------------------------------------------------------------------
// Words

/// The service's words in one language.
struct Words {
    title: &'static str,
    intro: &'static str,
    kind: &'static str,
    contact: &'static str,
    contact_hint: &'static str,
    message: &'static str,
    send: &'static str,
    receipt: &'static str,
    receipt_intro: &'static str,
    reference: &'static str,
    received: &'static str,
    due: &'static str,
    due_note: &'static str,
    status_link: &'static str,
    status_title: &'static str,
    status: &'static str,
    closed: &'static str,
    languages: &'static str,
    bad_form: &'static str,
    expired_form: &'static str,
    not_found: &'static str,
}

const FI: Words = Words {
    title: "Tietosuojapyyntö",
    intro: "Tällä lomakkeella voit käyttää tietosuoja-asetuksen mukaisia oikeuksiasi. Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan tarvittaessa jatkaa enintään kahdella kuukaudella pyyntöjen monimutkaisuuden ja määrän vuoksi; jatkamisesta ja sen syistä ilmoitamme kuukauden kuluessa (tietosuoja-asetuksen 12 artiklan 3 kohta). Ennen kuin annamme, muutamme, poistamme tai rajoitamme tietoja, varmistamme, että pyyntö on sinun; pyydämme tarvittaessa lisätietoja henkilöllisyytesi vahvistamiseksi (12 artiklan 6 kohta).",
    kind: "Mitä pyydät?",
    contact: "Sähköpostiosoite",
    contact_hint: "Vastaamme tähän osoitteeseen.",
    message: "Lisätiedot (vapaaehtoinen)",
    send: "Lähetä pyyntö",
    receipt: "Pyyntö vastaanotettu",
    receipt_intro: "Pyyntösi on vastaanotettu. Säilytä viite ja tilasivun osoite: tilasivulta näet, missä vaiheessa pyyntösi on.",
    reference: "Viite",
    received: "Vastaanotettu",
    due: "Vastaus viimeistään",
    due_note: "Jos määräaikaa jatketaan, ilmoitamme siitä ja sen syistä tähän päivään mennessä.",
    status_link: "Pyynnön tilasivu",
    status_title: "Pyynnön tila",
    status: "Tila",
    closed: "Käsittely päättyi (päivä)",
    languages: "Kieli",
    bad_form: "Lomakkeen tiedot olivat puutteelliset. Tarkista pyynnön laji ja sähköpostiosoite ja lähetä lomake uudelleen.",
    expired_form: "Lomake on vanhentunut. Avaa lomake uudelleen ja lähetä se sitten.",
    not_found: "Sivua ei löydy.",
};

const SV: Words = Words {
    title: "Begäran om dataskydd",
    intro: "Med den här blanketten kan du utöva dina rättigheter enligt dataskyddsförordningen. Vi svarar utan onödigt dröjsmål och senast en månad efter att vi tagit emot begäran. Vid behov kan tidsfristen förlängas med högst två månader med hänsyn till hur komplicerade och hur många begärandena är; förlängningen och orsakerna till den meddelar vi dig inom en månad (artikel 12.3 i dataskyddsförordningen). Innan vi lämnar ut, ändrar, raderar eller begränsar uppgifter kontrollerar vi att begäran kommer från dig; vid behov ber vi om ytterligare uppgifter för att bekräfta din identitet (artikel 12.6).",
    kind: "Vad begär du?",
    contact: "E-postadress",
    contact_hint: "Vi svarar till den här adressen.",
    message: "Tilläggsuppgifter (frivilligt)",
    send: "Skicka begäran",
    receipt: "Begäran har tagits emot",
    receipt_intro: "Vi har tagit emot din begäran. Spara referensen och adressen till statussidan: där ser du hur långt din begäran har kommit.",
    reference: "Referens",
    received: "Mottagen",
    due: "Svar senast",
    due_note: "Om tidsfristen förlängs meddelar vi dig förlängningen och orsakerna till den senast denna dag.",
    status_link: "Statussida för begäran",
    status_title: "Status för begäran",
    status: "Status",
    closed: "Behandlingen avslutades (dag)",
    languages: "Språk",
    bad_form: "Uppgifterna i blanketten var ofullständiga. Kontrollera typen av begäran och e-postadressen och skicka blanketten på nytt.",
    expired_form: "Blanketten har gått ut. Öppna blanketten på nytt och skicka den sedan.",
    not_found: "Sidan finns inte.",
};

const EN: Words = Words {
    title: "Data protection request",
    intro: "Use this form to exercise your rights under the General Data Protection Regulation. We answer without undue delay and within one month of receiving your request. Where necessary, given the complexity and number of requests, the period may be extended by two further months; we tell you of the extension and the reasons within one month (Article 12(3) GDPR). Before we give you your data or change, erase or restrict it, we make sure the request is yours; if we need more information to confirm your identity, we ask for it (Article 12(6)).",
    kind: "What do you ask for?",
    contact: "E-mail address",
    contact_hint: "We answer to this address.",
    message: "More details (optional)",
    send: "Send the request",
    receipt: "Request received",
    receipt_intro: "We have received your request. Keep the reference and the address of the status page: it shows where your request stands.",
    reference: "Reference",
    received: "Received",
    due: "Answer by",
    due_note: "If the period is extended, we tell you of it and of the reasons by this day.",
    status_link: "Status page of the request",
    status_title: "Status of the request",
    status: "Status",
    closed: "Closed on (day)",
    languages: "Language",
    bad_form: "The form was incomplete. Check the kind of request and the e-mail address, and send the form again.",
    expired_form: "The form has expired. Open the form again and then send it.",
    not_found: "No such page.",
};

fn words(language: Language) -> &'static Words {
    match language {
        Language::Fi => &FI,
        Language::Sv => &SV,
        Language::En => &EN,
    }
}

fn status_text(status: Status, language: Language) -> &'static str {
    match status {
        Status::Open => language.pick("Käsittelyssä", "Under behandling", "In progress"),
        Status::Fulfilled => language.pick("Toteutettu", "Genomförd", "Fulfilled"),
        Status::PartiallyFulfilled => language.pick(
            "Osittain toteutettu",
            "Delvis genomförd",
            "Partially fulfilled",
        ),
        Status::Refused => language.pick(
            "Pyyntöä ei toteutettu (perustelut on lähetetty)",
            "Begäran genomfördes inte (motiveringen har skickats)",
            "Not carried out (the reasons have been sent)",
        ),
        Status::Withdrawn => language.pick("Peruttu", "Återkallad", "Withdrawn"),
        _ => language.pick("Muu", "Annan", "Other"),
    }
}

fn kind_text(kind: RequestKind, language: Language) -> String {
    let title = kind.right().title(language);
    let mut chars = title.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn date_text(date: NaiveDate, language: Language) -> String {
    match language {
        Language::En => date.format("%-d %B %Y").to_string(),
        _ => date.format("%-d.%-m.%Y").to_string(),
    }
}

/// The language a browser asks for: `?lang=` first, then `Accept-Language` by weight;
/// Finnish when neither names one of fi, sv, en.
pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> Language {
    if let Some(language) = query.and_then(|q| q.parse().ok()) {
        return language;
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut best: Option<(f32, Language)> = None;
    for part in accept.split(',') {
        let mut pieces = part.trim().split(';');
        let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let weight = pieces
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        if let Ok(language) = primary.parse::<Language>()
            && best.is_none_or(|(w, _)| weight > w)
        {
            best = Some((weight, language));
        }
    }
    best.map_or(Language::Fi, |(_, language)| language)
}

// ---------------------------------------------------------------------------------------------
// Pages

const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}a{color:#0b57a4}label{display:block;font-weight:600;margin-top:1rem}input[type=text],input[type=email],input[type=password],textarea,select{display:block;width:100%;max-width:32rem;padding:.4rem;font:inherit;border:1px solid #6b6b6b}fieldset{border:1px solid #6b6b6b;margin-top:1rem}button{margin-top:1rem;padding:.5rem 1rem;font:inherit;background:#0b57a4;color:#fff;border:0}table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600}th,td{border:1px solid #b0b0b0;padding:.3rem .5rem;text-align:left;vertical-align:top}.overdue{color:#a4000f;font-weight:600}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}.error{border-left:4px solid #a4000f;padding-left:.8rem}.nowrap{white-space:nowrap}nav ul{list-style:none;padding:0;display:flex;gap:1.5rem}";

fn page(language: Language, title: &str, nav: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{nav}<main>\n{body}</main>\n</body>\n</html>\n",
        language.code(),
        escape_html(title),
    ))
}

fn language_nav(language: Language, path: &str) -> String {
    let links: String = Language::ALL
        .iter()
        .filter(|&&l| l != language)
        .map(|&l| {
            format!(
                "<li><a href=\"{path}?lang={0}\" hreflang=\"{0}\" lang=\"{0}\">{1}</a></li>",
                l.code(),
                l.pick("Suomeksi", "På svenska", "In English")
            )
        })
        .collect();
    format!(
        "<header><nav aria-label=\"{}\"><ul>{links}</ul></nav></header>\n",
        words(language).languages
    )
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

fn set_cookie(response: &mut Response, cookie: String) {
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

async fn form_page(
    State(app): State<App>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let language = negotiate(query.lang.as_deref(), &headers);
    form_response(&app, language, None, StatusCode::OK)
}

fn form_response(
    app: &App,
    language: Language,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let w = words(language);
    let csrf = random_token();
    // The register's name in the page's language, else in its own, marked as such.
    let names = &app.0.config.register_name;
    let register = match names.get(language) {
        Some(name) => escape_html(name),
        None => {
            let own = names.languages().next().unwrap_or(Language::Fi);
            format!(
                "<span lang=\"{}\">{}</span>",
                own.code(),
                escape_html(names.get(own).unwrap_or_default())
            )
        }
    };
    let options: String = FORM_KINDS
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            format!(
                "<div><input type=\"radio\" id=\"kind-{0}\" name=\"kind\" value=\"{0}\"{1}> <label for=\"kind-{0}\" style=\"display:inline;font-weight:400\">{2} ({3})</label></div>",
                kind.code(),
                if i == 0 { " checked" } else { "" },
                escape_html(&kind_text(*kind, language)),
                gdpr::legal::Citation::parse(kind.article())
                    .map_or_else(|| kind.article().to_owned(), |c| c.text(language, false)),
            )
        })
        .collect();
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>\n", escape_html(e)))
        .unwrap_or_default();
    let body = format!(
        "<h1>{title}</h1>\n<p>{register}</p>\n{error}<p>{intro}</p>\n<form method=\"post\" action=\"/requests\">\n<input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\n<input type=\"hidden\" name=\"lang\" value=\"{lang}\">\n<fieldset><legend>{kind}</legend>\n{options}</fieldset>\n<label for=\"contact\">{contact}</label>\n<p id=\"contact-hint\">{hint}</p>\n<input type=\"email\" id=\"contact\" name=\"contact\" required maxlength=\"254\" autocomplete=\"email\" aria-describedby=\"contact-hint\">\n<label for=\"message\">{message}</label>\n<textarea id=\"message\" name=\"message\" rows=\"5\" maxlength=\"4000\"></textarea>\n<button type=\"submit\">{send}</button>\n</form>\n",
        title = escape_html(w.title),
        register = register,
        intro = escape_html(w.intro),
        lang = language.code(),
        kind = escape_html(w.kind),
        contact = escape_html(w.contact),
        hint = escape_html(w.contact_hint),
        message = escape_html(w.message),
        send = escape_html(w.send),
    );
    let mut response = (
        status,
        page(language, w.title, &language_nav(language, "/"), &body),
    )
        .into_response();
    set_cookie(
        &mut response,
        format!("csrf={csrf}; Path=/; HttpOnly; SameSite=Strict"),
    );
    response
}

#[derive(Deserialize)]
struct RequestForm {
    csrf: String,
    lang: String,
    kind: String,
    contact: String,
    #[serde(default)]
    message: String,
}

/// A filing, checked: the kind one of the form's, the address one an e-mail can have.
struct Filing {
    kind: RequestKind,
    contact: String,
    message: String,
    language: Language,
}

fn check_filing(kind: &str, contact: &str, message: &str, language: Language) -> Option<Filing> {
    let kind: RequestKind = kind.parse().ok()?;
    let contact = contact.trim();
    let address_ok = contact.len() <= 254
        && !contact.chars().any(char::is_whitespace)
        && contact
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    (FORM_KINDS.contains(&kind) && address_ok && message.chars().count() <= 4000).then(|| Filing {
        kind,
        contact: contact.to_owned(),
        message: message.to_owned(),
        language,
    })
}

/// Files a checked request: the subject is keyed by the lower-cased address.
async fn file(
    app: &App,
    filing: Filing,
) -> Result<(RequestId, gdpr::request::SubjectRequest), Box<Response>> {
    let subject = app
        .0
        .config
        .subject_key
        .other("email", &filing.contact.to_lowercase());
    let filed = app
        .desk()
        .file(subject, filing.kind, Channel::Web, now(), app.0.config.zone)
        .await;
    match filed {
        Ok((id, request)) => {
            if let Err(e) = app.remember(Contact {
                id,
                contact: filing.contact,
                message: filing.message,
                language: filing.language,
            }) {
                app.log(&format!(
                    "request {id}: its contact details could not be kept: {e}"
                ));
            }
            app.log(&format!(
                "filed request {id} ({}) for subject {subject:?}",
                filing.kind
            ));
            Ok((id, request))
        }
        Err(e) => {
            app.log(&format!("filing failed: {e}"));
            Err(Box::new(server_error()))
        }
    }
}

fn server_error() -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "The request could not be stored. Try again later.",
    )
        .into_response()
}

async fn file_from_form(
    State(app): State<App>,
    headers: HeaderMap,
    Form(form): Form<RequestForm>,
) -> Response {
    let language = form.lang.parse().unwrap_or(Language::Fi);
    let cookie_token = cookie(&headers, "csrf").unwrap_or_default();
    if cookie_token.is_empty() || !same_secret(&cookie_token, &form.csrf) {
        return form_response(
            &app,
            language,
            Some(words(language).expired_form),
            StatusCode::FORBIDDEN,
        );
    }
    let Some(filing) = check_filing(&form.kind, &form.contact, &form.message, language) else {
        return form_response(
            &app,
            language,
            Some(words(language).bad_form),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    match file(&app, filing).await {
        Ok((id, _)) => Redirect::to(&format!(
            "/receipt/{id}/{}?lang={}",
            app.status_token(id),
            language.code()
        ))
        .into_response(),
        Err(response) => *response,
    }
}

/// The request behind a subject's link, if the token is its own.
async fn by_token(
    app: &App,
    id: &str,
    token: &str,
) -> Option<(RequestId, gdpr::request::SubjectRequest)> {
    let id: RequestId = id.parse().ok()?;
    if !same_secret(&app.status_token(id), token) {
        return None;
    }
    app.desk().load(id).await.ok().map(|request| (id, request))
}

async fn receipt_page(
    State(app): State<App>,
    Path((id, token)): Path<(String, String)>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let language = negotiate(query.lang.as_deref(), &headers);
    let Some((id, request)) = by_token(&app, &id, &token).await else {
        return not_found_in(language);
    };
    let w = words(language);
    let deadlines = request.deadlines();
    let status_url = format!(
        "/status/{id}/{}?lang={}",
        app.status_token(id),
        language.code()
    );
    let body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<dl>\n<dt>{}</dt><dd id=\"reference\">{id}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd><time id=\"received\" datetime=\"{}\">{}</time></dd>\n<dt>{}</dt><dd><time id=\"due\" datetime=\"{}\">{}</time></dd>\n</dl>\n<p>{}</p>\n<p><a id=\"status-link\" href=\"{}\">{}</a></p>\n",
        escape_html(w.receipt),
        escape_html(w.receipt_intro),
        escape_html(w.reference),
        escape_html(w.kind.trim_end_matches('?')),
        escape_html(&kind_text(request.kind(), language)),
        escape_html(w.received),
        deadlines.received,
        date_text(deadlines.received, language),
        escape_html(w.due),
        deadlines.due,
        date_text(deadlines.due, language),
        escape_html(w.due_note),
        escape_html(&status_url),
        escape_html(w.status_link),
    );
    page(language, w.receipt, "", &body).into_response()
}

async fn status_page(
    State(app): State<App>,
    Path((id, token)): Path<(String, String)>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let language = negotiate(query.lang.as_deref(), &headers);
    let Some((id, request)) = by_token(&app, &id, &token).await else {
        return not_found_in(language);
    };
    let w = words(language);
    let closed = request
        .closed_on()
        .map(|date| {
            format!(
                "<dt>{}</dt><dd>{}</dd>\n",
                escape_html(w.closed),
                date_text(date, language)
            )
        })
        .unwrap_or_default();
    let body = format!(
        "<h1>{}</h1>\n<dl>\n<dt>{}</dt><dd>{id}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd id=\"status\">{}</dd>\n{closed}</dl>\n",
        escape_html(w.status_title),
        escape_html(w.reference),
        escape_html(w.kind.trim_end_matches('?')),
        escape_html(&kind_text(request.kind(), language)),
        escape_html(w.received),
        date_text(request.deadlines().received, language),
        escape_html(w.due),
        date_text(request.current_deadline(), language),
        escape_html(w.status),
        escape_html(status_text(request.status(), language)),
    );
    page(language, w.status_title, "", &body).into_response()
}

fn not_found_in(language: Language) -> Response {
    let w = words(language);
    (
        StatusCode::NOT_FOUND,
        page(
            language,
            w.not_found,
            "",
            &format!("<h1>{}</h1>\n", escape_html(w.not_found)),
        ),
    )
        .into_response()
}

async fn not_found(headers: HeaderMap) -> Response {
    not_found_in(negotiate(None, &headers))
}

// ---------------------------------------------------------------------------------------------
// Staff

/// The staff pages are in English: the staff's own working language would be configured in a
/// real service.
const STAFF: Language = Language::En;

fn staff_session(app: &App, headers: &HeaderMap) -> Option<String> {
    let session = cookie(headers, "staff")?;
    app.0
        .sessions
        .lock()
        .expect("not poisoned")
        .contains(&session)
        .then_some(session)
}

fn bearer_ok(app: &App, headers: &HeaderMap) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|token| same_secret(token, &app.0.config.staff_token))
}

fn staff_nav(app: &App, session: &str) -> String {
    format!(
        "<header><nav aria-label=\"Staff\"><ul><li><a href=\"/staff\">Queue</a></li><li><form method=\"post\" action=\"/staff/logout\" style=\"display:inline\"><input type=\"hidden\" name=\"csrf\" value=\"{}\"><button type=\"submit\" style=\"margin:0;padding:.1rem .6rem\">Sign out</button></form></li></ul></nav></header>\n",
        app.sign("csrf", session)
    )
}

async fn login_page() -> Response {
    login_response(None, StatusCode::OK)
}

fn login_response(error: Option<&str>, status: StatusCode) -> Response {
    let csrf = random_token();
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{e}</p>\n"))
        .unwrap_or_default();
    let body = format!(
        "<h1>Staff sign-in</h1>\n{error}<form method=\"post\" action=\"/staff/login\">\n<input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\n<label for=\"token\">Staff token</label>\n<input type=\"password\" id=\"token\" name=\"token\" required autocomplete=\"current-password\">\n<button type=\"submit\">Sign in</button>\n</form>\n"
    );
    let mut response = (status, page(STAFF, "Staff sign-in", "", &body)).into_response();
    set_cookie(
        &mut response,
        format!("csrf={csrf}; Path=/; HttpOnly; SameSite=Strict"),
    );
    response
}

#[derive(Deserialize)]
struct LoginForm {
    csrf: String,
    token: String,
}

async fn login(
    State(app): State<App>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let cookie_token = cookie(&headers, "csrf").unwrap_or_default();
    if cookie_token.is_empty() || !same_secret(&cookie_token, &form.csrf) {
        return login_response(
            Some("The form has expired; sign in again."),
            StatusCode::FORBIDDEN,
        );
    }
    if !same_secret(&form.token, &app.0.config.staff_token) {
        app.log("staff sign-in refused");
        return login_response(Some("Wrong staff token."), StatusCode::UNAUTHORIZED);
    }
    let session = random_token();
    app.0
        .sessions
        .lock()
        .expect("not poisoned")
        .insert(session.clone());
    let mut response = Redirect::to("/staff").into_response();
    set_cookie(
        &mut response,
        format!("staff={session}; Path=/; HttpOnly; SameSite=Strict"),
    );
    response
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(app): State<App>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Some(session) = staff_session(&app, &headers)
        && same_secret(&app.sign("csrf", &session), &form.csrf)
    {
        app.0
            .sessions
            .lock()
            .expect("not poisoned")
            .remove(&session);
    }
    let mut response = Redirect::to("/staff/login").into_response();
    set_cookie(
        &mut response,
        "staff=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0".into(),
    );
    response
}

fn today(app: &App) -> NaiveDate {
    now().with_timezone(&app.0.config.zone).date_naive()
}

async fn queue_page(State(app): State<App>, headers: HeaderMap) -> Response {
    let Some(session) = staff_session(&app, &headers) else {
        return Redirect::to("/staff/login").into_response();
    };
    let requests = match app.desk().requests().query(RequestQuery::default()).await {
        Ok(requests) => requests,
        Err(e) => {
            app.log(&format!("queue query failed: {e}"));
            return server_error();
        }
    };
    let today = today(&app);
    let rows: String = requests
        .iter()
        .map(|summary| {
            let p = &summary.projection;
            let left = (p.deadline - today).num_days();
            let days = if p.status.is_closed() {
                "—".to_owned()
            } else if left < 0 {
                format!("<span class=\"overdue\">overdue by {} days</span>", -left)
            } else {
                format!("{left} days left")
            };
            format!(
                "<tr><td><a href=\"/staff/requests/{id}\">{id}</a></td><td>{}</td><td class=\"nowrap\">{}</td><td class=\"nowrap\">{}</td><td>{days}</td><td>{}</td></tr>\n",
                escape_html(&kind_text(p.kind, STAFF)),
                p.received,
                p.deadline,
                escape_html(status_text(p.status, STAFF)),
                id = summary.id,
            )
        })
        .collect();
    let body = format!(
        "<h1>Request queue</h1>\n<p>{} open of {} requests, ordered by deadline. Today is {today}.</p>\n<table>\n<caption>Requests by deadline</caption>\n<thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Kind</th><th scope=\"col\">Received</th><th scope=\"col\">Due</th><th scope=\"col\">Days left</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n",
        requests
            .iter()
            .filter(|r| !r.projection.status.is_closed())
            .count(),
        requests.len()
    );
    page(STAFF, "Request queue", &staff_nav(&app, &session), &body).into_response()
}

fn event_text(event: &Event) -> String {
    match &event.kind {
        EventKind::Received { kind, channel, .. } => format!("received: {kind} by {channel:?}"),
        EventKind::IdentityVerified { method } => format!("identity verified: {method}"),
        EventKind::Extended { reasons } => format!("extended by two months: {reasons}"),
        EventKind::Refused { reasons, .. } => format!("refused: {reasons}"),
        EventKind::CarriedOut {
            system,
            records,
            withheld,
        } => format!(
            "carried out in {system}: {records} records, {} withheld",
            withheld.len()
        ),
        EventKind::Fulfilled { withheld } => format!("fulfilled, {} withheld", withheld.len()),
        other => other.name().to_owned(),
    }
}

async fn request_page(
    State(app): State<App>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(session) = staff_session(&app, &headers) else {
        return Redirect::to("/staff/login").into_response();
    };
    let error = cookie(&headers, "flash").filter(|f| !f.is_empty());
    request_response(&app, &session, &id, error.as_deref()).await
}

async fn request_response(app: &App, session: &str, id: &str, error: Option<&str>) -> Response {
    let Ok(id) = id.parse::<RequestId>() else {
        return not_found_in(STAFF);
    };
    let (Ok(request), Ok(events)) = (
        app.desk().load(id).await,
        app.desk().requests().load(id).await,
    ) else {
        return not_found_in(STAFF);
    };
    let chain = match app.desk().audit_trail().verify(None).await {
        Ok(head) => format!("intact: {} entries verified", head.seq),
        Err(e) => format!(
            "<strong class=\"overdue\">broken: {}</strong>",
            escape_html(&e.to_string())
        ),
    };
    let contact = app
        .0
        .contacts
        .lock()
        .expect("not poisoned")
        .get(&id)
        .cloned();
    let exports = app
        .0
        .exports
        .lock()
        .expect("not poisoned")
        .get(&id)
        .copied();
    let zone = app.0.config.zone;
    let history: String = events
        .iter()
        .map(|event| {
            format!(
                "<tr><td>{}</td><td>{}</td></tr>\n",
                event.at.with_timezone(&zone).format("%Y-%m-%d %H:%M"),
                escape_html(&event_text(event))
            )
        })
        .collect();
    let csrf = app.sign("csrf", session);
    let action = |name: &str, label: &str, fields: &str| {
        format!(
            "<form method=\"post\" action=\"/staff/requests/{id}/{name}\">\n<input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\n{fields}<button type=\"submit\">{label}</button>\n</form>\n"
        )
    };
    let actions = if request.status().is_closed() {
        "<p>The request is closed.</p>\n".to_owned()
    } else {
        [
            action("verify", "Verify identity", "<label for=\"method\">How the identity was verified</label>\n<input type=\"text\" id=\"method\" name=\"method\" required maxlength=\"200\">\n"),
            action("extend", "Extend by two months", "<label for=\"reasons\">Reasons told to the subject (Art. 12(3))</label>\n<textarea id=\"reasons\" name=\"reasons\" required maxlength=\"2000\" rows=\"3\"></textarea>\n"),
            action("carry-out", "Carry out in the connected systems", ""),
            action("refuse", "Refuse", "<label for=\"ground\">Ground</label>\n<select id=\"ground\" name=\"ground\"><option value=\"manifestly-unfounded\">Manifestly unfounded (Art. 12(5)(b))</option><option value=\"excessive\">Excessive (Art. 12(5)(b))</option><option value=\"identity-not-established\">Identity not established (Art. 11(2), 12(2), 12(6))</option><option value=\"erasure-exception\">Exception to erasure (Art. 17(3)); give the point below</option><option value=\"other-exception\">Other exception in law (e.g. Art. 15(4), 20(3), 21(1); Data Protection Act 1050/2018 s. 34); give the provision below</option></select>\n<label for=\"provision\">The provision or Art. 17(3) point (for the last two grounds), e.g. 17-3-b or Data Protection Act 1050/2018 s. 34</label>\n<input type=\"text\" id=\"provision\" name=\"provision\" maxlength=\"200\">\n<label for=\"refusal-reasons\">Reasons told to the subject (Art. 12(4)); the service adds the right to complain to the supervisory authority and to seek a judicial remedy. A Finnish authority's refusal may be an administrative decision: written, reasoned, with appeal instructions (Administrative Procedure Act 434/2003, ss. 43–47)</label>\n<textarea id=\"refusal-reasons\" name=\"reasons\" required maxlength=\"2000\" rows=\"3\"></textarea>\n"),
            action("complete", "Complete", ""),
        ]
        .concat()
    };
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>\n", escape_html(e)))
        .unwrap_or_default();
    let deadlines = request.deadlines();
    let body = format!(
        "<h1>Request {id}</h1>\n{error}<dl>\n<dt>Kind</dt><dd>{}</dd>\n<dt>Status</dt><dd id=\"status\">{}</dd>\n<dt>Identity</dt><dd>{:?}</dd>\n<dt>Received</dt><dd>{}</dd>\n<dt>Due</dt><dd>{}</dd>\n<dt>Due if extended</dt><dd>{}</dd>\n<dt>Contact</dt><dd>{}</dd>\n<dt>Message</dt><dd>{}</dd>\n<dt>Exports delivered</dt><dd>{}</dd>\n<dt>Audit chain</dt><dd id=\"chain\">{chain}</dd>\n</dl>\n<h2>Actions</h2>\n{actions}<h2>Events</h2>\n<table>\n<caption>Events of the request</caption>\n<thead><tr><th scope=\"col\">When ({zone})</th><th scope=\"col\">What</th></tr></thead>\n<tbody>\n{history}</tbody>\n</table>\n",
        escape_html(&kind_text(request.kind(), STAFF)),
        escape_html(status_text(request.status(), STAFF)),
        request.identity(),
        deadlines.received,
        request.current_deadline(),
        deadlines.extended,
        contact
            .as_ref()
            .map(|c| escape_html(&c.contact))
            .unwrap_or_else(|| "not kept".into()),
        contact
            .as_ref()
            .map(|c| escape_html(&c.message))
            .unwrap_or_default(),
        exports.map_or_else(|| "none".to_owned(), |n| format!("{n} records")),
    );
    let mut response = page(
        STAFF,
        &format!("Request {id}"),
        &staff_nav(app, session),
        &body,
    )
    .into_response();
    set_cookie(
        &mut response,
        "flash=; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=0".into(),
    );
    response
}

/// A staff action's input, from a form or JSON.
#[derive(Deserialize, Default)]
pub struct ActionInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    reasons: String,
    #[serde(default)]
    ground: String,
    #[serde(default)]
    provision: String,
}

/// A refusal's reasons followed by the remedies, in the subject's language: Art. 12(4) asks
/// that the subject be told of both, always.
fn with_remedies(app: &App, id: RequestId, reasons: &str) -> String {
    let language = app
        .0
        .contacts
        .lock()
        .expect("not poisoned")
        .get(&id)
        .map_or(Language::Fi, |c| c.language);
    let remedies = language.pick(
        "Voit tehdä valituksen valvontaviranomaiselle, Suomessa tietosuojavaltuutetun toimistolle (tietosuoja.fi), ja käyttää muita oikeussuojakeinoja.",
        "Du kan lämna in ett klagomål till en tillsynsmyndighet, i Finland Dataombudsmannens byrå (tietosuoja.fi), och begära rättslig prövning.",
        "You may lodge a complaint with a supervisory authority, in Finland the Office of the Data Protection Ombudsman (tietosuoja.fi), and seek a judicial remedy.",
    );
    format!("{reasons} {remedies}")
}

/// Runs a staff action through the desk; `Err` is a message for the person acting.
async fn staff_action(
    app: &App,
    id: RequestId,
    action: &str,
    input: &ActionInput,
) -> Result<String, (StatusCode, String)> {
    let desk = app.desk().clone().actor("staff");
    let at = now();
    let lifecycle = |e: DeskError| match e {
        DeskError::Lifecycle(rule) => (StatusCode::CONFLICT, format!("not allowed now: {rule}")),
        DeskError::Incomplete { .. } => (StatusCode::CONFLICT, e.to_string()),
        DeskError::Store(gdpr::store::StoreError::NotFound(_)) => {
            (StatusCode::NOT_FOUND, "no such request".into())
        }
        DeskError::Store(gdpr::store::StoreError::Conflict { .. }) => (
            StatusCode::CONFLICT,
            "someone changed the request meanwhile; reload it".into(),
        ),
        other => {
            app.log(&format!("request {id}: {action} failed: {other}"));
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the action failed; it can be retried".into(),
            )
        }
    };
    let text = |value: &str, what: &str| {
        let value = value.trim();
        if value.is_empty() || value.chars().count() > 2000 {
            Err((
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("give the {what} (at most 2000 characters)"),
            ))
        } else {
            Ok(value.to_owned())
        }
    };
    match action {
        "verify" => {
            let method = text(&input.method, "method of verification")?;
            desk.verify_identity(id, at, method)
                .await
                .map_err(lifecycle)?;
            Ok("identity verified".into())
        }
        "extend" => {
            let reasons = text(&input.reasons, "reasons")?;
            desk.record(id, Event::new(at, EventKind::Extended { reasons }))
                .await
                .map_err(lifecycle)?;
            Ok("extended".into())
        }
        "carry-out" => {
            let delivered = Arc::new(Mutex::new(0usize));
            let counter = delivered.clone();
            let outcome = desk
                .carry_out_in_systems(id, at, vec![], move |export: &SubjectExport| {
                    *counter.lock().expect("not poisoned") += export.records.len();
                    Ok(())
                })
                .await
                .map_err(lifecycle)?;
            let records = *delivered.lock().expect("not poisoned");
            *app.0
                .exports
                .lock()
                .expect("not poisoned")
                .entry(id)
                .or_default() += records;
            Ok(match outcome {
                Outcome::AlreadyClosed(_) => "already closed".into(),
                _ => format!("carried out in every system; {records} records exported"),
            })
        }
        "refuse" => {
            let ground = match input.ground.as_str() {
                "manifestly-unfounded" => RefusalGround::ManifestlyUnfounded,
                "excessive" => RefusalGround::Excessive,
                "identity-not-established" => RefusalGround::IdentityNotEstablished,
                "erasure-exception" => match input.provision.trim().parse() {
                    Ok(exception) => RefusalGround::ErasureException { exception },
                    Err(_) => {
                        return Err((
                            StatusCode::UNPROCESSABLE_ENTITY,
                            "give the Art. 17(3) point as 17-3-a ... 17-3-e".into(),
                        ));
                    }
                },
                "other-exception" => RefusalGround::OtherException {
                    provision: text(&input.provision, "provision")?,
                },
                _ => {
                    return Err((
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "unknown ground of refusal".into(),
                    ));
                }
            };
            let reasons = with_remedies(app, id, &text(&input.reasons, "reasons")?);
            desk.record(
                id,
                Event::new(
                    at,
                    EventKind::Refused {
                        ground,
                        reasons,
                        remedies_informed: true,
                    },
                ),
            )
            .await
            .map_err(lifecycle)?;
            Ok("refused".into())
        }
        "complete" => {
            desk.complete(id, at).await.map_err(lifecycle)?;
            Ok("completed".into())
        }
        _ => Err((StatusCode::NOT_FOUND, "no such action".into())),
    }
}

async fn staff_action_from_form(
    State(app): State<App>,
    Path((id, action)): Path<(String, String)>,
    headers: HeaderMap,
    Form(input): Form<ActionInput>,
) -> Response {
    let Some(session) = staff_session(&app, &headers) else {
        return Redirect::to("/staff/login").into_response();
    };
    if !same_secret(&app.sign("csrf", &session), &input.csrf) {
        return (
            StatusCode::FORBIDDEN,
            "The form has expired; reload the page.",
        )
            .into_response();
    }
    let Ok(request) = id.parse::<RequestId>() else {
        return not_found_in(STAFF);
    };
    match staff_action(&app, request, &action, &input).await {
        Ok(_) => Redirect::to(&format!("/staff/requests/{request}")).into_response(),
        Err((status, message)) => {
            let mut response = request_response(&app, &session, &id, Some(&message)).await;
            *response.status_mut() = status;
            response
        }
    }
}

// ---------------------------------------------------------------------------------------------
// JSON API

#[derive(Deserialize)]
struct ApiFiling {
    kind: String,
    contact: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    language: Option<String>,
}

fn api_error(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

fn json_body<T: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
    body: &[u8],
) -> Result<T, Box<Response>> {
    // Only JSON: a browser cannot send it from another site without a preflight.
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !json {
        return Err(Box::new(api_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send application/json",
        )));
    }
    serde_json::from_slice(body).map_err(|_| {
        Box::new(api_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the body is not the JSON this call takes",
        ))
    })
}

async fn api_file(State(app): State<App>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let filing: ApiFiling = match json_body(&headers, &body) {
        Ok(filing) => filing,
        Err(response) => return *response,
    };
    let language = filing
        .language
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or(Language::Fi);
    let Some(filing) = check_filing(&filing.kind, &filing.contact, &filing.message, language)
    else {
        return api_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "kind must be one of access, rectification, erasure, restriction, portability, objection, and contact an e-mail address",
        );
    };
    match file(&app, filing).await {
        Ok((id, request)) => {
            let deadlines = request.deadlines();
            (
                StatusCode::CREATED,
                axum::Json(json!({
                    "reference": id,
                    "kind": request.kind(),
                    "received": deadlines.received,
                    "due": deadlines.due,
                    "due_if_extended": deadlines.extended,
                    "status_url": format!("/status/{id}/{}", app.status_token(id)),
                    "api_url": format!("/api/requests/{id}/{}", app.status_token(id)),
                })),
            )
                .into_response()
        }
        Err(response) => *response,
    }
}

fn request_json(id: RequestId, request: &gdpr::request::SubjectRequest) -> serde_json::Value {
    json!({
        "reference": id,
        "kind": request.kind(),
        "status": request.status(),
        "received": request.deadlines().received,
        "due": request.current_deadline(),
        "closed_on": request.closed_on(),
    })
}

async fn api_status(State(app): State<App>, Path((id, token)): Path<(String, String)>) -> Response {
    match by_token(&app, &id, &token).await {
        Some((id, request)) => axum::Json(request_json(id, &request)).into_response(),
        None => api_error(StatusCode::NOT_FOUND, "no such request"),
    }
}

async fn api_queue(State(app): State<App>, headers: HeaderMap) -> Response {
    if !bearer_ok(&app, &headers) {
        return api_error(StatusCode::UNAUTHORIZED, "staff token required");
    }
    match app.desk().requests().query(RequestQuery::default()).await {
        Ok(requests) => axum::Json(json!(
            requests
                .iter()
                .map(|s| json!({
                    "reference": s.id,
                    "kind": s.projection.kind,
                    "status": s.projection.status,
                    "received": s.projection.received,
                    "due": s.projection.deadline,
                }))
                .collect::<Vec<_>>()
        ))
        .into_response(),
        Err(_) => server_error(),
    }
}

async fn api_request(
    State(app): State<App>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !bearer_ok(&app, &headers) {
        return api_error(StatusCode::UNAUTHORIZED, "staff token required");
    }
    let Ok(id) = id.parse::<RequestId>() else {
        return api_error(StatusCode::NOT_FOUND, "no such request");
    };
    match (
        app.desk().load(id).await,
        app.desk().requests().load(id).await,
    ) {
        (Ok(request), Ok(events)) => {
            let mut value = request_json(id, &request);
            value["events"] = json!(
                events
                    .iter()
                    .map(|e| json!({ "at": e.at, "event": e.kind.name() }))
                    .collect::<Vec<_>>()
            );
            axum::Json(value).into_response()
        }
        _ => api_error(StatusCode::NOT_FOUND, "no such request"),
    }
}

async fn api_staff_action(
    State(app): State<App>,
    Path((id, action)): Path<(String, String)>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if !bearer_ok(&app, &headers) {
        return api_error(StatusCode::UNAUTHORIZED, "staff token required");
    }
    let input: ActionInput = if body.is_empty() {
        ActionInput::default()
    } else {
        match json_body(&headers, &body) {
            Ok(input) => input,
            Err(response) => return *response,
        }
    };
    let Ok(id) = id.parse::<RequestId>() else {
        return api_error(StatusCode::NOT_FOUND, "no such request");
    };
    match staff_action(&app, id, &action, &input).await {
        Ok(done) => match app.desk().load(id).await {
            Ok(request) => {
                let mut value = request_json(id, &request);
                value["done"] = json!(done);
                axum::Json(value).into_response()
            }
            Err(_) => server_error(),
        },
        Err((status, message)) => api_error(status, &message),
    }
}
