//! The controller, Art. 4(7) GDPR, and the parties a notice names around it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::contact::{Contact, Party, is_false};
use super::identifiers::BusinessId;
use crate::legal::Country;
use crate::text::LocalizedText;

/// The controller of a register and the people and offices a notice names for it
/// (Art. 13(1)(a)–(b), Art. 14(1)(a)–(b), Art. 30(1)(a)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// The controller's name.
    pub name: LocalizedText,
    /// The Finnish business ID (Y-tunnus), where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_id: Option<BusinessId>,
    /// The state where the controller is established (`country = "FI"`): it picks the
    /// working-day calendar of the register's requests and the supervisory authority its
    /// notices name. Not stated means Finland ([`Controller::country`]), with a lint note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// Whether the controller is a public authority or body. Art. 37(1)(a) then requires a
    /// data protection officer, and Art. 6(1) second subparagraph rules out Art. 6(1)(f) for
    /// its tasks.
    #[serde(default, skip_serializing_if = "is_false")]
    pub public_authority: bool,
    /// How the notice describes the controller's role, e.g. a division of tasks between
    /// a ministry and local offices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<LocalizedText>,
    /// The controller's own contact details.
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
    /// The person responsible for the register (rekisterin vastuuhenkilö).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible_person: Option<Party>,
    /// The contact person for matters concerning the register (yhteyshenkilö).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<Party>,
    /// The data protection officer, Art. 37–39; contact details per Art. 13(1)(b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Party>,
    /// The representative of a controller not established in the Union, Art. 27.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<Party>,
    /// Joint controllers, Art. 26, with the essence of the arrangement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joint_controllers: Vec<JointController>,
}

/// A joint controller, Art. 26 GDPR.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointController {
    /// Its name.
    pub name: LocalizedText,
    /// Its responsibilities, as the arrangement states them (Art. 26(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibilities: Option<LocalizedText>,
    /// How to reach it.
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
}

impl Controller {
    /// A controller known by name, with nothing else stated yet.
    pub fn new(name: LocalizedText) -> Self {
        Self {
            name,
            business_id: None,
            country: None,
            public_authority: false,
            role: None,
            contact: Contact::default(),
            responsible_person: None,
            contact_person: None,
            dpo: None,
            representative: None,
            joint_controllers: Vec::new(),
        }
    }

    /// Sets the state where the controller is established.
    pub fn in_country(mut self, country: Country) -> Self {
        self.country = Some(country);
        self
    }

    /// The state where the controller is established: the one stated, or Finland for a
    /// register that does not say (files written before the country was modelled).
    pub fn country(&self) -> Country {
        self.country.unwrap_or_default()
    }

    /// Marks the controller as a public authority or body (Art. 37(1)(a)).
    pub fn public_authority(mut self) -> Self {
        self.public_authority = true;
        self
    }

    /// Sets the business ID.
    ///
    /// # Panics
    /// If `id` is not a valid business ID; parse it first to handle input.
    pub fn with_business_id(mut self, id: &str) -> Self {
        self.business_id = Some(id.parse().expect("a valid business ID"));
        self
    }

    /// Sets the controller's contact details.
    pub fn with_contact(mut self, contact: Contact) -> Self {
        self.contact = contact;
        self
    }

    /// Sets the data protection officer.
    pub fn with_dpo(mut self, dpo: Party) -> Self {
        self.dpo = Some(dpo);
        self
    }

    /// Sets the contact person.
    pub fn with_contact_person(mut self, person: Party) -> Self {
        self.contact_person = Some(person);
        self
    }

    /// Sets the responsible person.
    pub fn with_responsible_person(mut self, person: Party) -> Self {
        self.responsible_person = Some(person);
        self
    }

    /// Whether anyone a data subject could contact about the register is reachable: the
    /// controller itself, its contact person or its responsible person (Art. 13(1)(a)).
    pub fn is_reachable(&self) -> bool {
        self.contact.is_reachable()
            || [&self.contact_person, &self.responsible_person]
                .into_iter()
                .flatten()
                .any(|party| party.contact.is_reachable())
    }
}
