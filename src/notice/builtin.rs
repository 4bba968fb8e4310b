//! The embedded templates (`templates/fi.j2`, `sv.j2`, `en.j2`) written out in Rust.
//!
//! Interpreting a template costs several times what writing the same blocks directly does
//! (most of it in minijinja's macro and filter calls and the conversion of the whole view model
//! to template values), so [`super::NoticeRenderer`] renders a language whose template the
//! caller has not replaced with this code. The templates stay the reference: this file follows
//! them section by section, with the same branches and the same texts (in [`Words`]), and
//! writes through the same block functions ([`super::blocks`]). The test suite renders every
//! seed notice, and registers built to reach every branch, through both in every language,
//! format and option, and requires the same bytes; a change to a template must be made here too.
//!
//! Where a template interpolates a value with `{{ … }}` inside a macro (the retention period,
//! the e-mail address), minijinja escapes that piece on its own; [`Writer::piece`] does the same,
//! so that even the Markdown escapes at the start of a piece agree.

use super::blocks::{self, Item, Syntax, Text};
use super::document::{
    ContactInfo, NoticeDocument, PartyInfo, ProvisionRef, RetentionInfo, StatuteInfo,
};
use super::render::{FrameParts, date_text, push_page_end, push_page_start};
use crate::model::{DisposalAction, InformationArticle, PolicyKind, RequirementKind, TriggerKind};
use crate::text::Language;

/// Renders `document` as its language's embedded template does, before blank lines are tidied.
pub(crate) fn render(document: &NoticeDocument, syntax: Syntax, frame: &FrameParts) -> String {
    let words = match document.language {
        Language::Fi => &FI,
        Language::Sv => &SV,
        Language::En => &EN,
    };
    let mut writer = Writer {
        syntax,
        out: String::with_capacity(24 * 1024),
        words,
        doc: document,
        note: document.options.derived.then_some(words.note),
    };
    writer.notice(frame);
    writer.out
}

/// Whether a template takes the text as true: given and not empty.
fn stated(text: Option<&String>) -> Option<&str> {
    text.map(String::as_str).filter(|t| !t.is_empty())
}

struct Writer<'d> {
    syntax: Syntax,
    out: String,
    words: &'static Words,
    doc: &'d NoticeDocument,
    /// The template's `NOTE`: the label of a repeal note, when derived text is asked for.
    note: Option<&'static str>,
}

impl Writer<'_> {
    fn title(&mut self, text: &str) {
        blocks::heading(self.syntax, &mut self.out, 1, Text::Plain(text));
    }

    fn h(&mut self, text: &str) {
        blocks::heading(self.syntax, &mut self.out, 2, Text::Plain(text));
    }

    /// A numbered section after the fixed ones (`n.i` in the template).
    fn h_numbered(&mut self, number: &mut usize, text: &str) {
        *number += 1;
        self.h(&format!("{number}. {text}"));
    }

    fn h3(&mut self, text: &str) {
        blocks::heading(self.syntax, &mut self.out, 3, Text::Plain(text));
    }

    fn p(&mut self, text: &str) {
        blocks::paragraphs(self.syntax, &mut self.out, Text::Plain(text));
    }

    fn p_opt(&mut self, text: Option<&String>) {
        if let Some(text) = text {
            self.p(text);
        }
    }

    fn ul(&mut self, items: &[Item<'_>]) {
        blocks::list(self.syntax, &mut self.out, items);
    }

    fn ul_texts<S: AsRef<str>>(&mut self, texts: &[S]) {
        let items: Vec<Item<'_>> = texts
            .iter()
            .map(|t| Item::Text(Text::Plain(t.as_ref())))
            .collect();
        self.ul(&items);
    }

    fn fields(&mut self, pairs: &[(&str, Option<&str>)]) {
        let pairs: Vec<(Text<'_>, Option<Text<'_>>)> = pairs
            .iter()
            .map(|(label, value)| (Text::Plain(label), value.map(Text::Plain)))
            .collect();
        blocks::fields(self.syntax, &mut self.out, &pairs);
    }

    /// A value the template prints with `{{ … }}` inside a macro: escaped on its own.
    fn piece(&self, out: &mut String, text: &str) {
        self.syntax.push_escaped(out, text, false);
    }

    /// `statute(s, NOTE)`.
    fn statute(&self, statute: &StatuteInfo) -> String {
        let mut out = String::new();
        blocks::push_statute(
            &mut out,
            &statute.text,
            statute.repeal.as_deref(),
            self.note,
        );
        out
    }

    /// `statutes(list, and, NOTE)`.
    fn statutes(&self, statutes: &[StatuteInfo]) -> String {
        let texts: Vec<String> = statutes.iter().map(|s| self.statute(s)).collect();
        blocks::join_statutes(&texts, self.words.and)
    }

    /// `fields([["Säädös" if n == 1 else "Säädökset", statutes(list, …)]])`.
    fn statute_field(&mut self, statutes: &[StatuteInfo]) {
        let label = if statutes.len() == 1 {
            self.words.act.0
        } else {
            self.words.act.1
        };
        let text = (!statutes.is_empty()).then(|| self.statutes(statutes));
        self.fields(&[(label, text.as_deref())]);
    }

    fn notice(&mut self, frame: &FrameParts) {
        let w = self.words;
        let doc = self.doc;
        let r = &doc.register;
        let title = format!("{}{}", w.notice, r.name);
        if self.syntax == Syntax::Html {
            let mut escaped = String::new();
            self.syntax.push_escaped(&mut escaped, &title, true);
            push_page_start(
                &mut self.out,
                &escaped,
                doc.language.code(),
                &frame.head,
                &frame.top,
            );
        }
        self.title(&title);
        if !doc.missing_translations.is_empty() {
            self.p(w.missing_translations);
        }
        self.p_opt(r.description.as_ref());
        let dates =
            [r.drawn_up, r.published, r.updated].map(|d| d.map(|d| date_text(d, doc.language)));
        self.fields(&[
            (w.dates[0], r.reference.as_deref()),
            (w.dates[1], dates[0].as_deref()),
            (w.dates[2], dates[1].as_deref()),
            (w.dates[3], dates[2].as_deref()),
        ]);
        if !r.document_basis.is_empty() {
            let basis = self.statutes(&r.document_basis);
            self.fields(&[(w.document_basis, Some(&basis))]);
        }
        if doc.options.derived {
            let article = match doc.information_article {
                InformationArticle::Article13 => w.information_article.1,
                InformationArticle::Article14 => w.information_article.2,
            };
            self.p(&format!(
                "{}{}{article}",
                w.derived, w.information_article.0
            ));
        }
        self.controller();
        self.purposes();
        self.subject_groups();
        self.sources();
        self.recipients();
        self.processors_and_systems();
        self.transfers();
        self.retention();
        self.security();
        self.rights();
        self.closing_sections();
        if self.syntax == Syntax::Html {
            push_page_end(&mut self.out, &frame.bottom);
        }
    }

    fn contact(&mut self, c: &ContactInfo) {
        let w = self.words;
        let phone = stated(c.phone.as_ref()).map(|phone| match stated(c.phone_note.as_ref()) {
            Some(note) => format!("{phone} ({note})"),
            None => phone.to_owned(),
        });
        let email = match stated(c.email.as_ref()) {
            Some(email) => Some(email),
            None if c.email_not_captured => Some(w.email_not_captured),
            None => None,
        }
        .map(|email| {
            let mut markup = String::new();
            self.piece(&mut markup, email);
            markup
        })
        .filter(|e| !e.is_empty());
        let pairs = [
            (w.contact[0], c.postal_address.as_deref().map(Text::Plain)),
            (w.contact[1], c.visiting_address.as_deref().map(Text::Plain)),
            (w.contact[2], phone.as_deref().map(Text::Plain)),
            (w.contact[3], email.as_deref().map(Text::Markup)),
            (w.contact[4], c.web.as_deref().map(Text::Plain)),
            (w.contact[5], c.other.as_deref().map(Text::Plain)),
        ]
        .map(|(label, value)| (Text::Plain(label), value));
        blocks::fields(self.syntax, &mut self.out, &pairs);
    }

    fn party(&mut self, x: &PartyInfo) {
        let w = self.words;
        self.fields(&[
            (w.party[0], x.name.as_deref()),
            (w.party[1], x.title.as_deref()),
            (w.party[2], x.organisation.as_deref()),
        ]);
        self.contact(&x.contact);
    }

    fn controller(&mut self) {
        let w = self.words;
        let doc = self.doc;
        let c = &doc.controller;
        self.h(w.h_controller);
        self.fields(&[
            (w.party[0], Some(&c.name)),
            (w.business_id, c.business_id.as_deref()),
        ]);
        self.p_opt(c.role.as_ref());
        if c.contact.stated {
            self.contact(&c.contact);
        } else {
            self.p(w.no_controller_contact);
        }
        if let Some(publisher) = &doc.publisher {
            self.h3(w.publisher);
            self.party(publisher);
        }
        if !c.joint_controllers.is_empty() {
            self.h3(w.joint_controllers);
            for j in &c.joint_controllers {
                self.fields(&[
                    (w.party[0], Some(&j.name)),
                    (w.responsibilities, j.responsibilities.as_deref()),
                ]);
                self.contact(&j.contact);
            }
        }
        if let Some(representative) = &c.representative {
            self.h3(w.representative);
            self.party(representative);
        }

        self.h(w.h_persons);
        if let Some(person) = &c.responsible_person {
            self.h3(w.responsible_person);
            self.party(person);
        }
        if let Some(person) = &c.contact_person {
            self.h3(w.contact_person);
            self.party(person);
        }
        if c.responsible_person.is_none() && c.contact_person.is_none() {
            self.p(w.no_persons);
        }

        self.h(w.h_dpo);
        match &doc.dpo {
            Some(dpo) => self.party(dpo),
            None => self.p(w.no_dpo),
        }

        self.h(w.h_name);
        self.p(&doc.register.name);
        let part_of = doc.register.part_of.as_deref();
        match (w.sub_register, part_of) {
            (Some((ending, suffix)), Some(part_of)) if part_of.ends_with(ending) => {
                self.p(&format!("{part_of}{suffix}"));
            }
            _ => self.fields(&[(w.part_of, part_of)]),
        }
    }

    fn purposes(&mut self) {
        let w = self.words;
        self.h(w.h_purposes);
        if self.doc.purposes.is_empty() {
            self.p(w.no_purposes);
        }
        for purpose in &self.doc.purposes {
            self.p(&purpose.description);
            self.ul_texts(&purpose.details);
            if purpose.anonymous {
                self.p(w.anonymous_purpose);
            } else if !purpose.lawful_bases.is_empty() {
                let label = if purpose.lawful_basis_count == 1 {
                    w.legal_basis.0
                } else {
                    w.legal_basis.1
                };
                self.fields(&[(label, purpose.lawful_basis_text.as_deref())]);
            } else {
                self.p(w.no_legal_basis);
            }
            self.ul_texts(&purpose.basis_statements);
            if !purpose.special_conditions.is_empty() {
                let conditions = purpose
                    .special_conditions
                    .iter()
                    .map(|b| format!("{} ({})", b.citation, b.title))
                    .collect::<Vec<_>>()
                    .join("; ");
                self.fields(&[(w.special_conditions, Some(&conditions))]);
            }
            self.fields(&[(
                w.legitimate_interests,
                purpose.legitimate_interests.as_deref(),
            )]);
            if !purpose.statutes.is_empty() {
                let laws: Vec<String> = purpose.statutes.iter().map(|s| self.statute(s)).collect();
                self.p(if laws.len() == 1 {
                    w.acts_heading.0
                } else {
                    w.acts_heading.1
                });
                self.ul_texts(&laws);
            }
        }
    }

    /// `special(x)`: the special category a category or item belongs to, and the condition
    /// for processing it.
    fn special(&self, special: Option<&ProvisionRef>, condition: Option<&ProvisionRef>) -> String {
        let Some(special) = special else {
            return String::new();
        };
        let w = self.words;
        match condition {
            Some(condition) => format!(
                "{}{}{}{})",
                w.special_category, special.title, w.special_condition, condition.citation
            ),
            None => format!("{}{})", w.special_category, special.title),
        }
    }

    fn subject_groups(&mut self) {
        let w = self.words;
        self.h(w.h_groups);
        if self.doc.subject_groups.is_empty() {
            self.p(w.no_groups);
        }
        for g in &self.doc.subject_groups {
            self.h3(&g.name);
            self.p_opt(g.description.as_ref());
            if g.anonymous && stated(g.description.as_ref()).is_none() {
                self.p(w.anonymous_group);
            }
            if !g.statutes.is_empty() {
                self.statute_field(&g.statutes);
            }
            let categories: Vec<(String, Vec<String>)> = g
                .categories
                .iter()
                .map(|cat| {
                    let items = cat
                        .items
                        .iter()
                        .map(|item| {
                            item.text.clone()
                                + &self.special(item.special.as_ref(), item.condition.as_ref())
                        })
                        .collect();
                    let name = cat.name.clone()
                        + &self.special(cat.special.as_ref(), cat.condition.as_ref());
                    (name, items)
                })
                .collect();
            let items: Vec<Item<'_>> = categories
                .iter()
                .map(|(name, items)| {
                    Item::Nested(
                        Text::Plain(name),
                        items.iter().map(|i| Item::Text(Text::Plain(i))).collect(),
                    )
                })
                .collect();
            self.ul(&items);
        }
    }

    fn sources(&mut self) {
        let w = self.words;
        self.h(w.h_sources);
        if self.doc.sources.is_empty() {
            self.p(w.no_sources);
        }
        for s in &self.doc.sources {
            self.p(&s.description);
            self.ul_texts(&s.items);
            self.p_opt(s.means.as_ref());
            if s.publicly_accessible == Some(true) {
                self.p(w.public_source);
            }
            if !s.statutes.is_empty() {
                self.statute_field(&s.statutes);
            }
            if let Some(exemption) = &s.exemption {
                let text = format!("{} ({})", exemption.citation, exemption.title);
                self.fields(&[(w.exemption, Some(&text))]);
            }
        }
    }

    fn recipients(&mut self) {
        let w = self.words;
        let doc = self.doc;
        self.h(w.h_recipients);
        self.p_opt(doc.disclosure_statement.as_ref());
        for x in &doc.recipients {
            match stated(x.description.as_ref()) {
                Some(description) => {
                    self.h3(&x.name);
                    self.p(description);
                }
                None => self.p(&x.name),
            }
            self.p_opt(x.legal_ground.as_ref());
            self.ul_texts(&x.items);
            self.statute_field(&x.statutes);
        }
        if doc.recipients.is_empty() && stated(doc.disclosure_statement.as_ref()).is_none() {
            self.p(w.no_recipients);
        }
    }

    fn processors_and_systems(&mut self) {
        let w = self.words;
        let doc = self.doc;
        self.h(w.h_processors);
        let processors: Vec<String> = doc
            .processors
            .iter()
            .map(|x| {
                let description = stated(x.description.as_ref());
                let mut text = String::new();
                if let Some(name) = stated(x.name.as_ref())
                    && !description.is_some_and(|d| d.contains(name))
                {
                    text.push_str(name);
                    if description.is_some() {
                        text.push_str(": ");
                    }
                }
                text.push_str(description.unwrap_or(""));
                text
            })
            .collect();
        if processors.is_empty() {
            self.p(w.no_processors);
        } else {
            self.ul_texts(&processors);
        }

        self.h(w.h_systems);
        let systems: Vec<String> = doc
            .systems
            .iter()
            .map(|x| {
                let mut text = x.name.clone();
                if let Some(description) = stated(x.description.as_ref()) {
                    text.push_str(" – ");
                    text.push_str(description);
                }
                if let Some(controller) = stated(x.controller.as_ref()) {
                    text.push_str(" (");
                    if !controller.contains("pitäj") {
                        text.push_str(w.system_controller);
                    }
                    text.push_str(controller);
                    text.push(')');
                }
                text
            })
            .collect();
        if systems.is_empty() {
            self.p(w.no_systems);
        } else {
            self.ul_texts(&systems);
        }
    }

    fn transfers(&mut self) {
        let w = self.words;
        self.h(w.h_transfers);
        let Some(transfers) = &self.doc.transfers else {
            self.p(w.no_transfers);
            return;
        };
        self.p_opt(transfers.statement.as_ref());
        if stated(transfers.statement.as_ref()).is_none() {
            self.p(if transfers.outside_eea {
                w.outside_eea.0
            } else {
                w.outside_eea.1
            });
        }
        for t in &transfers.transfers {
            let safeguard = t
                .safeguard
                .as_ref()
                .map(|s| format!("{} ({})", s.citation, s.title));
            self.fields(&[
                (w.transfer[0], Some(&t.destination)),
                (w.transfer[1], t.recipient.as_deref()),
                (
                    w.transfer[2],
                    Some(safeguard.as_deref().unwrap_or(w.no_safeguard)),
                ),
                (w.transfer[3], t.safeguard_copy.as_deref()),
            ]);
        }
    }

    fn retention(&mut self) {
        let w = self.words;
        let doc = self.doc;
        self.h(w.h_retention);
        if doc.retention.is_empty() {
            self.p(w.no_retention);
            return;
        }
        let periods: Vec<String> = doc.retention.iter().map(|x| self.period(x)).collect();
        let rows: Vec<[Text<'_>; 2]> = doc
            .retention
            .iter()
            .zip(&periods)
            .map(|(x, period)| [Text::Plain(&x.applies_to), Text::Markup(period)])
            .collect();
        blocks::table(
            self.syntax,
            &mut self.out,
            &[
                Text::Plain(w.retention_table[0]),
                Text::Plain(w.retention_table[1]),
            ],
            &rows,
            Some(Text::Plain(w.retention_table[2])),
        );
        for x in &doc.retention {
            self.p_opt(x.description.as_ref());
            self.p_opt(x.early_disposal.as_ref());
        }
    }

    /// `period(r)`: the retention period as markup, each interpolated piece escaped on its own.
    fn period(&self, r: &RetentionInfo) -> String {
        let w = self.words;
        let mut out = String::new();
        let action = r.action.map(|a| w.action[action_index(a)]);
        match r.kind {
            PolicyKind::Period => {
                if r.years > 0 {
                    out.push_str(&r.years.to_string());
                    out.push(' ');
                    out.push_str(if r.years == 1 { w.year.0 } else { w.year.1 });
                }
                if r.years > 0 && r.months > 0 {
                    out.push_str(w.and_duration);
                }
                if r.months > 0 {
                    out.push_str(&r.months.to_string());
                    out.push(' ');
                    out.push_str(if r.months == 1 { w.month.0 } else { w.month.1 });
                }
                out.push(' ');
                let trigger = match stated(r.trigger_text.as_ref()) {
                    Some(text) => text.to_owned(),
                    None => {
                        let mut text = trigger_index(r.trigger)
                            .map_or("", |i| w.trigger_from[i])
                            .to_owned();
                        if let Some(event) = stated(r.event.as_ref()) {
                            text.push(' ');
                            text.push_str(event);
                        }
                        text
                    }
                };
                self.piece(&mut out, &trigger);
                self.piece(&mut out, action.unwrap_or(""));
            }
            PolicyKind::Until => {
                let until = match stated(r.trigger_text.as_ref()) {
                    Some(text) => text.to_owned(),
                    None => {
                        let mut text = trigger_index(r.trigger)
                            .map_or("", |i| w.trigger_until[i])
                            .to_owned();
                        if let Some(event) = stated(r.event.as_ref()) {
                            text.push_str(" (");
                            text.push_str(event);
                            text.push(')');
                        }
                        text.push_str(action.unwrap_or(""));
                        text
                    }
                };
                self.piece(&mut out, &until);
            }
            PolicyKind::Indefinite => {
                out.push_str(w.indefinitely);
                if r.anonymised {
                    self.piece(&mut out, w.as_anonymous);
                }
            }
            PolicyKind::Statute => {
                out.push_str(w.statute_period.0);
                if let Some(statute) = &r.statute {
                    let mut text = statute.text.clone();
                    if stated(statute.section.as_ref()).is_some() {
                        text.push_str(w.statute_period.1);
                    }
                    self.piece(&mut out, &text);
                    if let (Some(note), Some(repeal)) = (self.note, stated(statute.repeal.as_ref()))
                    {
                        self.piece(&mut out, &format!(" ({note}: {repeal})"));
                    }
                }
                out.push_str(w.statute_period.2);
                self.piece(&mut out, action.unwrap_or(""));
            }
            PolicyKind::Criteria => {
                let criteria = r.criteria.as_deref().unwrap_or("");
                match w.criteria {
                    Some(prefix) => {
                        out.push_str(prefix);
                        self.piece(&mut out, criteria);
                    }
                    None => self.piece(&mut out, &blocks::upper_first(criteria)),
                }
                self.piece(&mut out, action.unwrap_or(""));
            }
            PolicyKind::NotStated => out.push_str(w.retention_not_stated),
        }
        out
    }

    fn security(&mut self) {
        let w = self.words;
        let doc = self.doc;
        self.h(w.h_security);
        match &doc.security {
            Some(security) => {
                self.ul_texts(&security.general);
                if !security.manual.is_empty() {
                    self.h3(w.manual);
                    self.ul_texts(&security.manual);
                }
                if !security.electronic.is_empty() {
                    self.h3(w.electronic);
                    self.ul_texts(&security.electronic);
                }
            }
            None => self.p(w.no_security),
        }
        for x in &doc.confidentiality {
            self.h3(w.confidentiality);
            self.p(&x.text);
            if let Some(statute) = &x.statute {
                let text = self.statute(statute);
                self.fields(&[(w.act.0, Some(&text))]);
            }
        }
    }

    fn rights(&mut self) {
        let w = self.words;
        let doc = self.doc;
        let rights = &doc.rights;
        self.h(w.h_rights);
        self.p_opt(rights.introduction.as_ref());
        let headed = rights
            .statements
            .iter()
            .any(|s| stated(s.heading.as_ref()).is_some());
        if stated(rights.introduction.as_ref()).is_some() && !headed {
            let texts: Vec<&str> = rights.statements.iter().map(|s| s.text.as_str()).collect();
            self.ul_texts(&texts);
        } else {
            for s in &rights.statements {
                if let Some(heading) = stated(s.heading.as_ref()) {
                    self.h3(heading);
                }
                self.p(&s.text);
            }
        }
        let missing: Vec<String> = rights
            .not_stated
            .iter()
            .filter(|x| !(doc.options.standard_text && x.code == "complaint"))
            .map(|x| format!("{} ({})", blocks::upper_first(&x.title), x.citation))
            .collect();
        if !missing.is_empty() {
            self.p(w.rights_not_stated);
            self.ul_texts(&missing);
        }
        if !rights.derived.is_empty() {
            self.h3(w.rights_by_purpose);
            self.p(w.derived);
            for x in &rights.derived {
                let label = if x.lawful_basis_count <= 1 {
                    w.legal_basis.0
                } else {
                    w.legal_basis.1
                };
                self.fields(&[
                    (w.purpose, Some(&x.summary)),
                    (
                        label,
                        Some(stated(x.lawful_basis_text.as_ref()).unwrap_or(w.basis_not_stated)),
                    ),
                ]);
                let listed: Vec<String> = x
                    .rights
                    .iter()
                    .filter(|d| !d.separate)
                    .map(|d| {
                        format!(
                            "{}: {} ({})",
                            blocks::upper_first(&d.right.title),
                            d.explanation,
                            d.citation
                        )
                    })
                    .collect();
                self.ul_texts(&listed);
                // Art. 21(4): the right to object, presented clearly and separately.
                for d in x.rights.iter().filter(|d| d.separate) {
                    self.h3(&blocks::upper_first(&d.right.title));
                    self.p(&format!("{}{} ({}).", w.object, d.explanation, d.citation));
                }
            }
        }
        let complaint_missing = rights.not_stated.iter().any(|x| x.code == "complaint");
        if doc.options.standard_text && complaint_missing {
            self.h3(w.complaint_heading);
            self.p(w.standard);
            let authority = &doc.authority;
            let text = match authority.country.code() {
                "FI" => format!("{}{}", w.complaint, w.complaint_fi),
                "DE" => format!("{}{}", w.complaint, w.complaint_de),
                _ => format!(
                    "{}{}{}{}{}, {}.",
                    w.complaint,
                    w.complaint_other.0,
                    authority.state,
                    w.complaint_other.1,
                    authority.name,
                    authority.web
                ),
            };
            self.p(&text);
        }
    }

    fn closing_sections(&mut self) {
        let w = self.words;
        let doc = self.doc;
        let mut number = 14;
        if stated(doc.requests.how_to_request.as_ref()).is_some() || doc.options.standard_text {
            self.h_numbered(&mut number, w.h_requests);
            self.p_opt(doc.requests.how_to_request.as_ref());
            if doc.options.standard_text {
                self.p(w.standard);
                if doc.authority.country.code() == "FI" {
                    self.p(&format!("{}{}", w.requests[0], w.requests_fi));
                } else {
                    self.p(w.requests[0]);
                }
                self.p(w.requests[1]);
                self.p(w.requests[2]);
            }
        }

        self.h_numbered(&mut number, w.h_automated);
        match &doc.automated_decisions {
            Some(automated) if automated.used => {
                self.p(w.automated_used);
                self.fields(&[
                    (w.automated[0], automated.logic.as_deref()),
                    (w.automated[1], automated.consequences.as_deref()),
                ]);
            }
            Some(_) => self.p(w.automated_not_used),
            None => self.p(w.automated_not_stated),
        }

        self.h_numbered(&mut number, w.h_provision);
        match &doc.provision {
            Some(provision) => {
                let requirement = provision.requirement.map(|r| {
                    w.requirement[match r {
                        RequirementKind::Statutory => 0,
                        RequirementKind::Contractual => 1,
                        RequirementKind::ContractPrerequisite => 2,
                        RequirementKind::Voluntary => 3,
                    }]
                });
                let obligatory = provision
                    .obligatory
                    .map(|o| if o { w.yes_no.0 } else { w.yes_no.1 });
                self.fields(&[(w.provision[0], requirement), (w.provision[1], obligatory)]);
                self.p_opt(provision.consequences.as_ref());
            }
            None => self.p(w.no_provision),
        }

        if let Some(cookies) = stated(doc.cookies.as_ref()) {
            self.h_numbered(&mut number, w.h_cookies);
            self.p(cookies);
        }
        if !doc.register.changes.is_empty() {
            self.h_numbered(&mut number, w.h_changes);
            let dates: Vec<String> = doc
                .register
                .changes
                .iter()
                .map(|x| date_text(x.date, doc.language))
                .collect();
            let rows: Vec<[Text<'_>; 2]> = doc
                .register
                .changes
                .iter()
                .zip(&dates)
                .map(|(x, date)| [Text::Plain(date), Text::Plain(&x.description)])
                .collect();
            blocks::table(
                self.syntax,
                &mut self.out,
                &[
                    Text::Plain(w.changes_table[0]),
                    Text::Plain(w.changes_table[1]),
                ],
                &rows,
                Some(Text::Plain(w.h_changes)),
            );
        }
    }
}

fn trigger_index(trigger: Option<TriggerKind>) -> Option<usize> {
    trigger.map(|t| match t {
        TriggerKind::Collected => 0,
        TriggerKind::LastActivity => 1,
        TriggerKind::RelationshipEnded => 2,
        TriggerKind::Superseded => 3,
        TriggerKind::Event => 4,
        TriggerKind::NotStated => 5,
    })
}

fn action_index(action: DisposalAction) -> usize {
    match action {
        DisposalAction::Erase => 0,
        DisposalAction::Anonymise => 1,
        DisposalAction::Archive => 2,
    }
}

/// The texts of one language's template, in the template's order. Pairs are (singular,
/// plural) or (yes, no) unless said otherwise.
struct Words {
    /// `T`: the starting point of a period, by trigger.
    trigger_from: [&'static str; 6],
    /// `U`: the end of an open retention, by trigger.
    trigger_until: [&'static str; 6],
    /// `A`: what happens at the end, by action.
    action: [&'static str; 3],
    derived: &'static str,
    standard: &'static str,
    note: &'static str,
    year: (&'static str, &'static str),
    month: (&'static str, &'static str),
    and_duration: &'static str,
    indefinitely: &'static str,
    as_anonymous: &'static str,
    /// Before the statute, after it when it names a section, and after the whole.
    statute_period: (&'static str, &'static str, &'static str),
    /// Finnish writes "Säilytetään <criteria>"; the others start the criteria with a capital.
    criteria: Option<&'static str>,
    retention_not_stated: &'static str,
    email_not_captured: &'static str,
    contact: [&'static str; 6],
    party: [&'static str; 3],
    special_category: &'static str,
    special_condition: &'static str,
    notice: &'static str,
    missing_translations: &'static str,
    dates: [&'static str; 4],
    document_basis: &'static str,
    and: &'static str,
    /// The sentence on the article, and its ends for Art. 13 and Art. 14.
    information_article: (&'static str, &'static str, &'static str),
    h_controller: &'static str,
    business_id: &'static str,
    no_controller_contact: &'static str,
    publisher: &'static str,
    joint_controllers: &'static str,
    responsibilities: &'static str,
    representative: &'static str,
    h_persons: &'static str,
    responsible_person: &'static str,
    contact_person: &'static str,
    no_persons: &'static str,
    h_dpo: &'static str,
    no_dpo: &'static str,
    h_name: &'static str,
    /// Finnish: a parent register whose name ends so is written "<name>n osarekisteri".
    sub_register: Option<(&'static str, &'static str)>,
    part_of: &'static str,
    h_purposes: &'static str,
    anonymous_purpose: &'static str,
    legal_basis: (&'static str, &'static str),
    no_legal_basis: &'static str,
    special_conditions: &'static str,
    legitimate_interests: &'static str,
    acts_heading: (&'static str, &'static str),
    no_purposes: &'static str,
    h_groups: &'static str,
    anonymous_group: &'static str,
    act: (&'static str, &'static str),
    no_groups: &'static str,
    h_sources: &'static str,
    public_source: &'static str,
    exemption: &'static str,
    no_sources: &'static str,
    h_recipients: &'static str,
    no_recipients: &'static str,
    h_processors: &'static str,
    no_processors: &'static str,
    h_systems: &'static str,
    system_controller: &'static str,
    no_systems: &'static str,
    h_transfers: &'static str,
    /// (transferred, not transferred)
    outside_eea: (&'static str, &'static str),
    /// Destination, recipient, the ground of the transfer (Art. 45, 46, 47 or 49) and how to
    /// get a copy of the safeguards.
    transfer: [&'static str; 4],
    /// No ground stated.
    no_safeguard: &'static str,
    no_transfers: &'static str,
    h_retention: &'static str,
    /// The two headers and the caption.
    retention_table: [&'static str; 3],
    no_retention: &'static str,
    h_security: &'static str,
    manual: &'static str,
    electronic: &'static str,
    no_security: &'static str,
    confidentiality: &'static str,
    h_rights: &'static str,
    rights_not_stated: &'static str,
    rights_by_purpose: &'static str,
    purpose: &'static str,
    basis_not_stated: &'static str,
    object: &'static str,
    complaint_heading: &'static str,
    complaint: &'static str,
    complaint_fi: &'static str,
    complaint_de: &'static str,
    /// Around the state, and before the authority's name.
    complaint_other: (&'static str, &'static str),
    h_requests: &'static str,
    /// Answering, refusing, fees.
    requests: [&'static str; 3],
    requests_fi: &'static str,
    h_automated: &'static str,
    automated_used: &'static str,
    automated: [&'static str; 2],
    automated_not_used: &'static str,
    automated_not_stated: &'static str,
    h_provision: &'static str,
    requirement: [&'static str; 4],
    provision: [&'static str; 2],
    yes_no: (&'static str, &'static str),
    no_provision: &'static str,
    h_cookies: &'static str,
    h_changes: &'static str,
    changes_table: [&'static str; 2],
}

const FI: Words = Words {
    trigger_from: [
        "tietojen keräämisestä",
        "viimeisimmästä käyttökerrasta",
        "asiakkuuden tai palvelussuhteen päättymisestä",
        "tietojen korvautumisesta uusilla",
        "tapahtumasta",
        "(alkamisajankohtaa ei ole ilmoitettu)",
    ],
    trigger_until: [
        "Tietojen keräämiseen asti",
        "Viimeisimpään käyttökertaan asti",
        "Asiakkuuden tai palvelussuhteen päättymiseen asti",
        "Kunnes tiedot korvataan uusilla",
        "Tapahtumaan asti",
        "Tapahtumaan asti (tapahtumaa ei ole ilmoitettu)",
    ],
    action: [
        ", minkä jälkeen tiedot poistetaan",
        ", minkä jälkeen tiedot anonymisoidaan",
        ", minkä jälkeen tiedot arkistoidaan",
    ],
    derived: "Johdettu tieto: tämä kohta ei ole rekisterinpitäjän ilmoittama, vaan se on johdettu selosteen tiedoista tietosuoja-asetuksen perusteella.",
    standard: "Vakioteksti: seuraava teksti perustuu tietosuoja-asetukseen ja kansalliseen lainsäädäntöön; se ei ole rekisterinpitäjän selosteen sanamuotoa.",
    note: "johdettu tieto",
    year: ("vuosi", "vuotta"),
    month: ("kuukausi", "kuukautta"),
    and_duration: " ja ",
    indefinitely: "Toistaiseksi",
    as_anonymous: " anonyymeina tietoina",
    statute_period: (
        "Säilytysajasta säädetään ",
        ":ssä",
        "; selosteessa ei ilmoiteta säilytysajan pituutta",
    ),
    criteria: Some("Säilytetään "),
    retention_not_stated: "Selosteessa ei ole ilmoitettu säilytysaikaa",
    email_not_captured: "osoite on julkaistussa selosteessa, mutta se puuttuu tästä kopiosta",
    contact: [
        "Postiosoite",
        "Käyntiosoite",
        "Puhelin",
        "Sähköposti",
        "Verkkosivut",
        "Muut yhteystiedot",
    ],
    party: ["Nimi", "Tehtävä", "Organisaatio"],
    special_category: " (erityinen henkilötietoryhmä: ",
    special_condition: "; käsittelyn peruste: ",
    notice: "Tietosuojaseloste: ",
    missing_translations: "Osa selosteen teksteistä ei ole saatavilla suomeksi, ja ne näytetään toisella kielellä.",
    dates: ["Diaarinumero", "Laadittu", "Julkaistu", "Päivitetty"],
    document_basis: "Selosteen perusteeksi mainitut säädökset",
    and: "ja",
    information_article: (
        " Rekisteröityjen informointiin sovelletaan tietosuoja-asetuksen ",
        "13 artiklaa, koska tiedot kerätään rekisteröidyiltä itseltään.",
        "13 artiklaa siltä osin kuin tiedot kerätään rekisteröidyltä itseltään ja 14 artiklaa siltä osin kuin ne saadaan muualta.",
    ),
    h_controller: "1. Rekisterinpitäjä",
    business_id: "Y-tunnus",
    no_controller_contact: "Selosteessa ei ole ilmoitettu rekisterinpitäjän omia yhteystietoja.",
    publisher: "Kirjelomakkeessa mainittu organisaatio",
    joint_controllers: "Yhteisrekisterinpitäjät",
    responsibilities: "Tehtävät",
    representative: "Edustaja",
    h_persons: "2. Rekisterin vastuuhenkilö ja yhteyshenkilö",
    responsible_person: "Vastuuhenkilö",
    contact_person: "Yhteyshenkilö",
    no_persons: "Selosteessa ei ole nimetty vastuuhenkilöä eikä yhteyshenkilöä.",
    h_dpo: "3. Tietosuojavastaava",
    no_dpo: "Selosteessa ei ole ilmoitettu tietosuojavastaavan yhteystietoja.",
    h_name: "4. Rekisterin nimi",
    sub_register: Some(("rekisteri", "n osarekisteri")),
    part_of: "Osa rekisteriä",
    h_purposes: "5. Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet",
    anonymous_purpose: "Selosteen mukaan tähän tarkoitukseen käsitellään vain anonymisoituja tietoja, jotka eivät ole henkilötietoja.",
    legal_basis: ("Oikeusperuste", "Oikeusperusteet"),
    no_legal_basis: "Selosteessa ei ole ilmoitettu käsittelyn oikeusperustetta (tietosuoja-asetuksen 6 artiklan 1 kohta).",
    special_conditions: "Erityisiin henkilötietoryhmiin kuuluvien tietojen käsittelyn peruste",
    legitimate_interests: "Oikeutetut edut",
    acts_heading: ("Säädös:", "Säädökset:"),
    no_purposes: "Selosteessa ei ole ilmoitettu käsittelyn tarkoituksia.",
    h_groups: "6. Rekisteröidyt ja henkilötietoryhmät",
    anonymous_group: "Selosteen mukaan tästä ryhmästä ei tallenneta henkilötietoja.",
    act: ("Säädös", "Säädökset"),
    no_groups: "Selosteessa ei ole ilmoitettu rekisteröityjä eikä henkilötietoryhmiä.",
    h_sources: "7. Säännönmukaiset tietolähteet",
    public_source: "Lähde on julkisesti saatavilla.",
    exemption: "Poikkeus informointivelvollisuudesta",
    no_sources: "Selosteessa ei ole ilmoitettu tietolähteitä.",
    h_recipients: "8. Tietojen vastaanottajat ja säännönmukaiset luovutukset",
    no_recipients: "Selosteessa ei ole ilmoitettu tietojen vastaanottajia.",
    h_processors: "9. Henkilötietojen käsittelijät",
    no_processors: "Selosteessa ei ole ilmoitettu henkilötietojen käsittelijöitä.",
    h_systems: "10. Tietojärjestelmät",
    system_controller: "rekisterinpitäjä ",
    no_systems: "Selosteessa ei ole ilmoitettu tietojärjestelmiä.",
    h_transfers: "11. Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    outside_eea: (
        "Tietoja siirretään EU:n tai ETA:n ulkopuolelle.",
        "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
    ),
    transfer: [
        "Kohde",
        "Vastaanottaja",
        "Siirron peruste",
        "Miten suojatoimista saa jäljennöksen",
    ],
    no_safeguard: "selosteessa ei ole ilmoitettu siirron perustetta",
    no_transfers: "Selosteessa ei ole ilmoitettu, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
    h_retention: "12. Tietojen säilytysaika",
    retention_table: ["Tiedot", "Säilytysaika", "Säilytysajat"],
    no_retention: "Selosteessa ei ole ilmoitettu säilytysaikaa eikä sen määrittämisperusteita.",
    h_security: "13. Rekisterin suojauksen periaatteet",
    manual: "Manuaalinen aineisto",
    electronic: "Tietojärjestelmiin tallennetut tiedot",
    no_security: "Selosteessa ei ole kuvattu suojaustoimenpiteitä.",
    confidentiality: "Salassapito",
    h_rights: "14. Rekisteröidyn oikeudet",
    rights_not_stated: "Huomautus selosteen puutteesta: selosteessa ei kerrota seuraavista oikeuksista:",
    rights_by_purpose: "Rekisteröidyn oikeudet käsittelytarkoituksittain",
    purpose: "Tarkoitus",
    basis_not_stated: "ei ilmoitettu selosteessa",
    object: "Rekisteröidyllä on oikeus vastustaa häntä koskevien henkilötietojen käsittelyä: ",
    complaint_heading: "Oikeus tehdä valitus valvontaviranomaiselle",
    complaint: "Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, erityisesti siinä jäsenvaltiossa, jossa hänen vakinainen asuinpaikkansa tai työpaikkansa on tai jossa väitetty rikkominen on tapahtunut, jos hän katsoo, että häntä koskevien henkilötietojen käsittelyssä rikotaan tietosuoja-asetusta (tietosuoja-asetuksen 77 artikla).",
    complaint_fi: " Suomessa valvontaviranomainen on tietosuojavaltuutettu (tietosuojalain (1050/2018) 8 §; tietosuojavaltuutetun toimisto, www.tietosuoja.fi).",
    complaint_de: " Rekisterinpitäjän sijoittautumisvaltiossa (Saksa) valvontaviranomaisena toimii yleensä sen osavaltion tietosuojaviranomainen, jossa rekisterinpitäjän kotipaikka on; liittovaltion julkisia elimiä sekä tele- ja postipalveluja valvoo liittovaltion tietosuojavaltuutettu (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit, www.bfdi.bund.de).",
    complaint_other: (
        " Rekisterinpitäjän sijoittautumisvaltiossa (",
        ") valvontaviranomaisena toimii ",
    ),
    h_requests: "Pyynnön tekeminen ja vastausaika",
    requests: [
        "Rekisterinpitäjän on toimitettava rekisteröidylle tiedot toimenpiteistä, joihin on ryhdytty 15–22 artiklan nojalla tehdyn pyynnön johdosta, ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan tarvittaessa jatkaa enintään kahdella kuukaudella ottaen huomioon pyyntöjen monimutkaisuus ja määrä; jatkamisesta ja viivästymisen syistä ilmoitetaan rekisteröidylle kuukauden kuluessa pyynnön vastaanottamisesta (tietosuoja-asetuksen 12 artiklan 3 kohta). Jos määräajan viimeinen päivä on lauantai, sunnuntai tai yleinen vapaapäivä, määräaika päättyy seuraavan työpäivän päättyessä (neuvoston asetuksen (ETY, Euratom) N:o 1182/71 3 artiklan 4 kohta).",
        "Jos rekisterinpitäjä ei toteuta toimenpiteitä rekisteröidyn pyynnön perusteella, se ilmoittaa rekisteröidylle viipymättä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta syyt tähän sekä mahdollisuudesta tehdä valitus valvontaviranomaiselle ja käyttää muita oikeussuojakeinoja (tietosuoja-asetuksen 12 artiklan 4 kohta).",
        "Edellä 13 ja 14 artiklan mukaisesti toimitetut tiedot sekä 15–22 artiklan mukaiset viestit ja toimenpiteet ovat maksuttomia. Jos rekisteröidyn pyynnöt ovat ilmeisen perusteettomia tai kohtuuttomia erityisesti toistuvuutensa vuoksi, rekisterinpitäjä voi joko periä kohtuullisen maksun ottaen huomioon tietojen tai viestien toimittamisesta tai pyydetyn toimenpiteen toteuttamisesta aiheutuvat hallinnolliset kustannukset tai kieltäytyä suorittamasta pyydettyä toimenpidettä. Rekisterinpitäjän vastuulla on osoittaa, että pyyntö on ilmeisen perusteeton tai kohtuuton (tietosuoja-asetuksen 12 artiklan 5 kohta).",
    ],
    requests_fi: " Suomessa tällaisia päiviä ovat pyhäpäivät, itsenäisyyspäivä ja vapunpäivä; kansallisia määräaikoja laskettaessa niihin rinnastetaan myös jouluaatto ja juhannusaatto (vrt. säädettyjen määräaikain laskemisesta annetun lain (150/1930) 5 §).",
    h_automated: "Automaattinen päätöksenteko",
    automated_used: "Rekisterin tietojen perusteella tehdään pelkästään automaattiseen käsittelyyn perustuvia päätöksiä, profilointi mukaan lukien (tietosuoja-asetuksen 22 artikla).",
    automated: [
        "Käsittelyyn liittyvä logiikka",
        "Käsittelyn merkitys ja mahdolliset seuraukset rekisteröidylle",
    ],
    automated_not_used: "Selosteen mukaan rekisterin tietojen perusteella ei tehdä pelkästään automaattiseen käsittelyyn perustuvia päätöksiä.",
    automated_not_stated: "Selosteessa ei ole ilmoitettu, tehdäänkö tietojen perusteella automaattisia päätöksiä.",
    h_provision: "Tietojen antamisen vaatimus ja seuraukset",
    requirement: [
        "lakisääteinen vaatimus",
        "sopimukseen perustuva vaatimus",
        "sopimuksen tekemisen edellytys",
        "vapaaehtoinen",
    ],
    provision: ["Tietojen antaminen", "Velvollisuus antaa tiedot"],
    yes_no: ("kyllä", "ei"),
    no_provision: "Selosteessa ei ole ilmoitettu, onko tietojen antaminen lakisääteinen vai sopimukseen perustuva vaatimus, eikä tietojen antamatta jättämisen seurauksia.",
    h_cookies: "Evästeet",
    h_changes: "Selosteen muutoshistoria",
    changes_table: ["Voimassa alkaen", "Muutos"],
};

const SV: Words = Words {
    trigger_from: [
        "räknat från insamlingen",
        "räknat från den senaste användningen",
        "räknat från det att kund- eller anställningsförhållandet upphörde",
        "räknat från det att uppgifterna ersattes med nya",
        "räknat från händelsen",
        "(startpunkten anges inte)",
    ],
    trigger_until: [
        "Tills uppgifterna samlas in",
        "Tills den senaste användningen",
        "Tills kund- eller anställningsförhållandet upphör",
        "Tills uppgifterna ersätts med nya",
        "Tills händelsen inträffar",
        "Tills en händelse som beskrivningen inte anger inträffar",
    ],
    action: [
        ", därefter raderas uppgifterna",
        ", därefter anonymiseras uppgifterna",
        ", därefter arkiveras uppgifterna",
    ],
    derived: "Härledd uppgift: detta har inte angetts av den personuppgiftsansvarige utan har härletts ur beskrivningens uppgifter med stöd av dataskyddsförordningen.",
    standard: "Standardtext: följande text återger vad som följer av dataskyddsförordningen och annan lagstiftning; den är inte formulerad av den personuppgiftsansvarige.",
    note: "härledd uppgift",
    year: ("år", "år"),
    month: ("månad", "månader"),
    and_duration: " och ",
    indefinitely: "Tills vidare",
    as_anonymous: " i anonymiserad form",
    statute_period: (
        "Bevarandetiden följer av ",
        "",
        "; beskrivningen anger inte själva tiden",
    ),
    criteria: None,
    retention_not_stated: "Beskrivningen anger inte bevarandetiden",
    email_not_captured: "adressen anges i den ursprungliga beskrivningen men har inte kunnat återges här",
    contact: [
        "Postadress",
        "Besöksadress",
        "Telefon",
        "E-post",
        "Webbplats",
        "Övriga kontaktuppgifter",
    ],
    party: ["Namn", "Befattning", "Organisation"],
    special_category: " (särskild kategori av personuppgifter: ",
    special_condition: "; grund för behandlingen: ",
    notice: "Dataskyddsbeskrivning: ",
    missing_translations: "Vissa av beskrivningens texter finns inte på svenska och visas därför på ett annat språk, i regel finska.",
    dates: ["Diarienummer", "Upprättad", "Publicerad", "Uppdaterad"],
    document_basis: "Beskrivningen har upprättats med stöd av",
    and: "och",
    information_article: (
        " Informationsskyldigheten följer av ",
        "artikel 13 i dataskyddsförordningen, eftersom uppgifterna samlas in från den registrerade.",
        "artiklarna 13 och 14 i dataskyddsförordningen, eftersom en del av uppgifterna inte erhålls från den registrerade själv.",
    ),
    h_controller: "1. Personuppgiftsansvarig",
    business_id: "FO-nummer",
    no_controller_contact: "Beskrivningen anger inga egna kontaktuppgifter för den personuppgiftsansvarige.",
    publisher: "Organisation enligt brevhuvudet",
    joint_controllers: "Gemensamt personuppgiftsansvariga",
    responsibilities: "Ansvarsfördelning",
    representative: "Företrädare",
    h_persons: "2. Registrets ansvarsperson och kontaktperson",
    responsible_person: "Ansvarsperson",
    contact_person: "Kontaktperson",
    no_persons: "Beskrivningen anger varken ansvarsperson eller kontaktperson.",
    h_dpo: "3. Dataskyddsombud",
    no_dpo: "Beskrivningen anger inte dataskyddsombudets kontaktuppgifter.",
    h_name: "4. Registrets namn",
    sub_register: None,
    part_of: "Ingår som delregister i",
    h_purposes: "5. Ändamålen med och den rättsliga grunden för behandlingen av personuppgifter",
    anonymous_purpose: "Enligt beskrivningen behandlas för detta ändamål endast anonymiserade uppgifter, som inte är personuppgifter.",
    legal_basis: ("Rättslig grund", "Rättsliga grunder"),
    no_legal_basis: "Beskrivningen anger inte den rättsliga grunden för behandlingen (artikel 6.1 i dataskyddsförordningen).",
    special_conditions: "Grund för behandlingen av särskilda kategorier av personuppgifter",
    legitimate_interests: "Berättigade intressen",
    acts_heading: ("Författning:", "Författningar:"),
    no_purposes: "Beskrivningen anger inte ändamålen med behandlingen.",
    h_groups: "6. Registrerade och kategorier av personuppgifter",
    anonymous_group: "Enligt beskrivningen lagras inga personuppgifter om denna grupp.",
    act: ("Författning", "Författningar"),
    no_groups: "Beskrivningen anger inte de registrerade eller kategorierna av personuppgifter.",
    h_sources: "7. Regelmässiga uppgiftskällor",
    public_source: "Källan är allmänt tillgänglig.",
    exemption: "Undantag från informationsskyldigheten",
    no_sources: "Beskrivningen anger inte uppgiftskällorna.",
    h_recipients: "8. Mottagare och regelmässigt utlämnande av uppgifter",
    no_recipients: "Beskrivningen anger inte mottagarna av uppgifterna.",
    h_processors: "9. Personuppgiftsbiträden",
    no_processors: "Beskrivningen anger inga personuppgiftsbiträden.",
    h_systems: "10. Informationssystem",
    system_controller: "personuppgiftsansvarig: ",
    no_systems: "Beskrivningen anger inga informationssystem.",
    h_transfers: "11. Överföring av uppgifter utanför EU eller EES",
    outside_eea: (
        "Uppgifter överförs utanför EU eller EES.",
        "Uppgifter överförs inte utanför EU eller EES.",
    ),
    transfer: [
        "Mottagarland",
        "Mottagare",
        "Grund för överföringen",
        "Var en kopia av skyddsåtgärderna finns att få",
    ],
    no_safeguard: "beskrivningen anger inte grunden för överföringen",
    no_transfers: "Beskrivningen anger inte om uppgifter överförs utanför EU eller EES.",
    h_retention: "12. Bevarandetid",
    retention_table: ["Uppgifter", "Bevarandetid", "Bevarandetider"],
    no_retention: "Beskrivningen anger inte bevarandetiden eller kriterierna för att fastställa den.",
    h_security: "13. Principerna för skyddet av registret",
    manual: "Manuellt material",
    electronic: "Elektroniskt material",
    no_security: "Beskrivningen anger inga skyddsåtgärder.",
    confidentiality: "Sekretess",
    h_rights: "14. Den registrerades rättigheter",
    rights_not_stated: "Anmärkning om en brist i beskrivningen: beskrivningen nämner inte följande rättigheter:",
    rights_by_purpose: "Rättigheter enligt ändamål",
    purpose: "Ändamål",
    basis_not_stated: "anges inte i beskrivningen",
    object: "Den registrerade har rätt att invända mot behandling av personuppgifter som avser honom eller henne: ",
    complaint_heading: "Rätt att lämna in klagomål till en tillsynsmyndighet",
    complaint: "Den registrerade har rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där han eller hon har sin hemvist eller sin arbetsplats eller där det påstådda intrånget begicks, om han eller hon anser att behandlingen av personuppgifter som avser honom eller henne strider mot dataskyddsförordningen (artikel 77 i dataskyddsförordningen).",
    complaint_fi: " I Finland är tillsynsmyndigheten dataombudsmannen (8 § i dataskyddslagen (1050/2018); Dataombudsmannens byrå, www.tietosuoja.fi/sv).",
    complaint_de: " I Tyskland, där den personuppgiftsansvarige är etablerad, är tillsynsmyndigheten i regel dataskyddsmyndigheten i den delstat där den personuppgiftsansvarige har sitt säte; federala offentliga organ samt tele- och postföretag står under tillsyn av den federala dataskyddsombudsmannen (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit, www.bfdi.bund.de).",
    complaint_other: (
        " I ",
        ", där den personuppgiftsansvarige är etablerad, är tillsynsmyndigheten ",
    ),
    h_requests: "Begäran om att utöva rättigheterna och svarstid",
    requests: [
        "Den personuppgiftsansvarige ska utan onödigt dröjsmål och senast en månad efter att ha mottagit begäran informera den registrerade om de åtgärder som vidtagits med anledning av en begäran enligt artiklarna 15–22. Tiden får vid behov förlängas med ytterligare två månader med beaktande av hur komplicerad begäran är och antalet inkomna begäranden; den registrerade ska underrättas om förlängningen och orsakerna till förseningen inom en månad från det att begäran mottagits (artikel 12.3 i dataskyddsförordningen). Om tidsfristens sista dag infaller på en lördag, en söndag eller en allmän helgdag, löper fristen ut vid utgången av följande arbetsdag (artikel 3.4 i rådets förordning (EEG, Euratom) nr 1182/71).",
        "Om den personuppgiftsansvarige inte vidtar åtgärder på den registrerades begäran, ska den utan dröjsmål och senast en månad efter att ha mottagit begäran informera den registrerade om orsakerna till detta och om möjligheten att lämna in ett klagomål till en tillsynsmyndighet och begära rättslig prövning (artikel 12.4 i dataskyddsförordningen).",
        "Information och åtgärder med anledning av den registrerades begäran är kostnadsfria. Om begäranden från en registrerad är uppenbart ogrundade eller orimliga, särskilt på grund av deras repetitiva karaktär, får den personuppgiftsansvarige antingen ta ut en rimlig avgift med hänsyn till de administrativa kostnaderna eller vägra att tillmötesgå begäran. Det åligger den personuppgiftsansvarige att visa att begäran är uppenbart ogrundad eller orimlig (artikel 12.5 i dataskyddsförordningen).",
    ],
    requests_fi: " I Finland är sådana dagar söndagar och andra helgdagar, självständighetsdagen och första maj; vid beräkning av nationella tidsfrister jämställs även julafton och midsommarafton med dem (jfr 5 § i lagen om beräknande av laga tid (150/1930)).",
    h_automated: "Automatiserat beslutsfattande",
    automated_used: "Registrets uppgifter används för beslut som enbart grundas på automatiserad behandling, inbegripet profilering (artikel 22 i dataskyddsförordningen).",
    automated: [
        "Logiken bakom beslutsfattandet",
        "Betydelse och förutsedda följder för den registrerade",
    ],
    automated_not_used: "Enligt beskrivningen används registrets uppgifter inte för beslut som enbart grundas på automatiserad behandling.",
    automated_not_stated: "Beskrivningen anger inte om uppgifterna används för automatiserat beslutsfattande.",
    h_provision: "Skyldighet att lämna personuppgifter och följderna av att de inte lämnas",
    requirement: [
        "lagstadgat krav",
        "avtalsenligt krav",
        "nödvändigt för att ingå avtal",
        "frivilligt",
    ],
    provision: ["Att lämna uppgifterna", "Skyldighet att lämna uppgifterna"],
    yes_no: ("ja", "nej"),
    no_provision: "Beskrivningen anger inte om det är ett lagstadgat eller avtalsenligt krav att lämna uppgifterna, och inte heller följderna av att de inte lämnas.",
    h_cookies: "Kakor",
    h_changes: "Ändringar i dataskyddsbeskrivningen",
    changes_table: ["Gäller från", "Ändring"],
};

const EN: Words = Words {
    trigger_from: [
        "from collection",
        "from the last use",
        "from the end of the customer or employment relationship",
        "from when the data is replaced by new data",
        "from the event",
        "(the starting point is not stated)",
    ],
    trigger_until: [
        "Until collection",
        "Until the last use",
        "Until the customer or employment relationship ends",
        "Until the data is replaced by new data",
        "Until the event",
        "Until an event the notice does not name",
    ],
    action: [
        ", after which the data is erased",
        ", after which the data is anonymised",
        ", after which the data is archived",
    ],
    derived: "Derived information: this is not stated by the controller; it has been derived from the notice's content under the GDPR.",
    standard: "Standard text: the following text sets out what follows from the GDPR and other legislation; it is not the controller's own wording.",
    note: "derived information",
    year: ("year", "years"),
    month: ("month", "months"),
    and_duration: " and ",
    indefinitely: "Indefinitely",
    as_anonymous: " as anonymous data",
    statute_period: (
        "The retention period is set by ",
        "",
        "; the notice does not state the period",
    ),
    criteria: None,
    retention_not_stated: "The notice does not state the retention period",
    email_not_captured: "the address is in the published notice but not in this copy",
    contact: [
        "Postal address",
        "Visiting address",
        "Phone",
        "E-mail",
        "Website",
        "Other contact details",
    ],
    party: ["Name", "Title", "Organisation"],
    special_category: " (special category of personal data: ",
    special_condition: "; condition for processing: ",
    notice: "Privacy notice: ",
    missing_translations: "Some of the notice's texts are not available in English and are shown in another language.",
    dates: ["Reference", "Drawn up", "Published", "Updated"],
    document_basis: "Acts the notice gives as its basis",
    and: "and",
    information_article: (
        " Information is provided under ",
        "Article 13 GDPR, as the data is collected from the data subjects themselves.",
        "Article 13 GDPR for the data collected from the data subjects and Article 14 GDPR for the data obtained from others.",
    ),
    h_controller: "1. Controller",
    business_id: "Business ID",
    no_controller_contact: "The notice gives no contact details for the controller itself.",
    publisher: "Organisation on the letterhead",
    joint_controllers: "Joint controllers",
    responsibilities: "Responsibilities",
    representative: "Representative",
    h_persons: "2. Person responsible for the register and contact person",
    responsible_person: "Person responsible",
    contact_person: "Contact person",
    no_persons: "The notice names neither a person responsible nor a contact person.",
    h_dpo: "3. Data protection officer",
    no_dpo: "The notice gives no contact details for the data protection officer.",
    h_name: "4. Name of the register",
    sub_register: None,
    part_of: "Part of",
    h_purposes: "5. Purposes and legal bases of the processing",
    anonymous_purpose: "According to the notice, only anonymised data, which is not personal data, is processed for this purpose.",
    legal_basis: ("Legal basis", "Legal bases"),
    no_legal_basis: "The notice does not state the legal basis of the processing (Article 6(1) GDPR).",
    special_conditions: "Condition for processing special categories of personal data",
    legitimate_interests: "Legitimate interests",
    acts_heading: ("Act:", "Acts:"),
    no_purposes: "The notice does not state the purposes of the processing.",
    h_groups: "6. Data subjects and categories of personal data",
    anonymous_group: "According to the notice, no personal data is stored on this group.",
    act: ("Act", "Acts"),
    no_groups: "The notice does not state the data subjects or the categories of personal data.",
    h_sources: "7. Sources of the data",
    public_source: "The source is publicly accessible.",
    exemption: "Exemption from the duty to inform",
    no_sources: "The notice does not state the sources of the data.",
    h_recipients: "8. Recipients and regular disclosures",
    no_recipients: "The notice does not state the recipients of the data.",
    h_processors: "9. Processors",
    no_processors: "The notice names no processors.",
    h_systems: "10. Information systems",
    system_controller: "controller: ",
    no_systems: "The notice names no information systems.",
    h_transfers: "11. Transfers outside the EU/EEA",
    outside_eea: (
        "Data is transferred outside the EU/EEA.",
        "Data is not transferred outside the EU/EEA.",
    ),
    transfer: [
        "Destination",
        "Recipient",
        "Basis of the transfer",
        "Where a copy of the safeguards is available",
    ],
    no_safeguard: "the notice does not state the basis of the transfer",
    no_transfers: "The notice does not say whether data is transferred outside the EU/EEA.",
    h_retention: "12. Retention",
    retention_table: ["Data", "Retention period", "Retention periods"],
    no_retention: "The notice states neither the retention period nor the criteria used to determine it.",
    h_security: "13. Security",
    manual: "Manual material",
    electronic: "Data in information systems",
    no_security: "The notice describes no security measures.",
    confidentiality: "Confidentiality",
    h_rights: "14. Rights of the data subject",
    rights_not_stated: "Note on a gap in the notice: the notice does not mention the following rights:",
    rights_by_purpose: "Rights of the data subject by purpose",
    purpose: "Purpose",
    basis_not_stated: "not stated in the notice",
    object: "The data subject has the right to object to the processing of personal data concerning him or her: ",
    complaint_heading: "Right to lodge a complaint with a supervisory authority",
    complaint: "The data subject has the right to lodge a complaint with a supervisory authority, in particular in the Member State of his or her habitual residence, place of work or place of the alleged infringement, if he or she considers that the processing of personal data relating to him or her infringes the GDPR (Article 77 GDPR).",
    complaint_fi: " In Finland the supervisory authority is the Data Protection Ombudsman (Data Protection Act (1050/2018), section 8; Office of the Data Protection Ombudsman, www.tietosuoja.fi/en).",
    complaint_de: " In Germany, where the controller is established, the supervisory authority is as a rule the data protection authority of the Land in which the controller has its seat; federal public bodies and telecommunications and postal undertakings are supervised by the Federal Commissioner for Data Protection and Freedom of Information (www.bfdi.bund.de).",
    complaint_other: (
        " In ",
        ", where the controller is established, the supervisory authority is ",
    ),
    h_requests: "Making a request, and when it is answered",
    requests: [
        "The controller must provide the data subject with information on the action taken on a request under Articles 15 to 22 without undue delay and in any event within one month of receipt of the request. That period may be extended by two further months where necessary, taking into account the complexity and number of the requests; the data subject is informed of any extension, with the reasons for the delay, within one month of receipt of the request (Article 12(3) GDPR). Where the last day of a period is a Saturday, a Sunday or a public holiday, the period ends with the expiry of the following working day (Article 3(4) of Council Regulation (EEC, Euratom) No 1182/71).",
        "If the controller does not take action on the request of the data subject, it informs the data subject without delay and at the latest within one month of receipt of the request of the reasons, and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy (Article 12(4) GDPR).",
        "Information and any action taken on a request are free of charge. Where requests from a data subject are manifestly unfounded or excessive, in particular because of their repetitive character, the controller may either charge a reasonable fee taking into account the administrative costs, or refuse to act on the request. The controller bears the burden of demonstrating that the request is manifestly unfounded or excessive (Article 12(5) GDPR).",
    ],
    requests_fi: " In Finland such days are Sundays and other church holidays, Independence Day and May Day; for national time limits, Christmas Eve and Midsummer Eve are treated the same way (cf. Act on the Calculation of Statutory Time Limits (150/1930), section 5).",
    h_automated: "Automated decision-making",
    automated_used: "The register's data is used for decisions based solely on automated processing, including profiling (Article 22 GDPR).",
    automated: [
        "Logic involved",
        "Significance and envisaged consequences for the data subject",
    ],
    automated_not_used: "According to the notice, no decisions based solely on automated processing are made on the basis of the register's data.",
    automated_not_stated: "The notice does not say whether automated decisions are made on the basis of the data.",
    h_provision: "Whether providing the data is required",
    requirement: [
        "a statutory requirement",
        "a contractual requirement",
        "a requirement necessary to enter into a contract",
        "voluntary",
    ],
    provision: ["Providing the data", "Obliged to provide the data"],
    yes_no: ("yes", "no"),
    no_provision: "The notice does not say whether providing the data is a statutory or contractual requirement, nor the consequences of not providing it.",
    h_cookies: "Cookies",
    h_changes: "Changes to this notice",
    changes_table: ["In effect from", "Change"],
};
