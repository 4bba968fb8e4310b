//! What the linter finds in each seed register, pinned; which article governs each notice;
//! which rights apply.

use gdpr::Register;
use gdpr::legal::ErasureException;
use gdpr::lint::{Severity, lint};
use gdpr::model::InformationArticle;
use gdpr::request::{RequestKind, RightApplicability, applicability};

fn load(id: &str) -> Register {
    gdpr::file::load(format!(
        "{}/examples/registers/{id}.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{e}"))
}

/// (code, path) of every finding, in order.
fn findings(id: &str) -> Vec<(&'static str, String)> {
    lint(&load(id))
        .into_iter()
        .map(|f| (f.code, f.path))
        .collect()
}

fn pinned(expected: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    expected
        .iter()
        .map(|(code, path)| (*code, (*path).to_owned()))
        .collect()
}

#[test]
fn tem_tno_contacts_findings() {
    assert_eq!(
        findings("tem-tno-contacts"),
        pinned(&[
            // "Tietosuojavastaavan yhteystiedot: [email protected]"
            ("dpo-contact-withheld", "controller.dpo.contact.email"),
            // Consent and official authority: portability and objection are not described.
            ("right-not-mentioned", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            ("automated-decisions-not-stated", "automated_decisions"),
        ])
    );
    // Both languages are complete: no text-missing-language finding.
    assert!(
        lint(&load("tem-tno-contacts"))
            .iter()
            .all(|f| f.severity == Severity::Warning)
    );
}

#[test]
fn keha_alpo_findings() {
    assert_eq!(
        findings("keha-alpo"),
        pinned(&[
            // The notice names the controller but gives no address, phone or e-mail for it.
            ("controller-contact-missing", "controller.contact"),
            // Partner contacts are processed on consent; withdrawal is never mentioned.
            ("consent-withdrawal-missing", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            ("provision-requirement-not-stated", "provision"),
            ("automated-decisions-not-stated", "automated_decisions"),
        ])
    );
}

#[test]
fn monialainen_yhteispalvelu_findings() {
    assert_eq!(
        findings("monialainen-yhteispalvelu"),
        pinned(&[
            ("dpo-contact-missing", "controller.dpo"),
            // Act 1369/2014 is cited, but no Art. 6(1) basis.
            ("purpose-without-lawful-basis", "purposes[0].lawful_bases"),
            // Health and working capacity, without an Art. 9(2) condition.
            (
                "special-category-without-condition",
                "subject_groups[0].categories[4]"
            ),
            (
                "special-category-without-condition",
                "subject_groups[0].categories[8]"
            ),
            // "Tietojen tallettamiseen, poistamiseen ja arkistointiin sovelletaan ... 13 luvun 4 §:ää"
            ("retention-period-not-stated", "retention[0].policy"),
            // Section 12 "Muut henkilötietojen käsittelyyn liittyvät oikeudet" is empty.
            ("complaint-right-missing", "rights.statements"),
            ("provision-requirement-not-stated", "provision"),
            ("automated-decisions-not-stated", "automated_decisions"),
            // "HENKILÖTIETOLAKI (523/1999) 10 JA 24§", and Act 916/2012, repealed in the TE24 reform.
            ("repealed-act", "document_basis[0]"),
            ("repealed-act", "retention[0].policy.statute"),
        ])
    );
}

#[test]
fn espoo_tyollisyyspalvelut_findings() {
    assert_eq!(
        findings("espoo-tyollisyyspalvelut"),
        pinned(&[
            // 6(1)(a) and 9(2)(a) are bases; withdrawal is never mentioned.
            ("consent-withdrawal-missing", "rights.statements"),
            // "Tietojen säilyttämisessä ja hävittämisessä noudatetaan 10 vuoden määräaikaa."
            (
                "retention-trigger-not-stated",
                "retention[0].policy.trigger"
            ),
            ("right-not-mentioned", "rights.statements"),
            ("provision-requirement-not-stated", "provision"),
            ("automated-decisions-not-stated", "automated_decisions"),
            ("repealed-act", "purposes[0].statutes[0]"),
            ("repealed-act", "purposes[0].statutes[3]"),
        ])
    );
}

#[test]
fn information_article_follows_the_sources() {
    // TEM and ALPO collect from the subjects (ALPO's advisers also record visits themselves);
    // the two employment registers also obtain data from authorities and third parties.
    assert_eq!(
        load("tem-tno-contacts").information_article(),
        InformationArticle::Article13
    );
    assert_eq!(
        load("keha-alpo").information_article(),
        InformationArticle::Article13
    );
    assert_eq!(
        load("monialainen-yhteispalvelu").information_article(),
        InformationArticle::Article14
    );
    assert_eq!(
        load("espoo-tyollisyyspalvelut").information_article(),
        InformationArticle::Article14
    );
}

#[test]
fn rights_applicability_follows_the_lawful_bases() {
    let espoo = load("espoo-tyollisyyspalvelut");
    assert_eq!(
        applicability(&espoo, RequestKind::Access),
        RightApplicability::Applies
    );
    // 6(1)(a) and 6(1)(c): no objection under Art. 21(1).
    assert!(matches!(
        applicability(&espoo, RequestKind::Objection),
        RightApplicability::DoesNotApply {
            article: "Art. 21(1)",
            ..
        }
    ));
    // Erasure is limited by Art. 17(3)(b) for the legal obligation.
    match applicability(&espoo, RequestKind::Erasure) {
        RightApplicability::AppliesWithExceptions { exceptions, .. } => {
            assert_eq!(
                exceptions,
                vec![ErasureException::LegalObligationOrPublicTask]
            );
        }
        other => panic!("{other:?}"),
    }
    // Consent (and 9(2)(a)) can be withdrawn.
    assert!(matches!(
        applicability(&espoo, RequestKind::WithdrawConsent),
        RightApplicability::AppliesWithExceptions { .. }
    ));

    let keha = load("keha-alpo");
    // Users: 6(1)(e) both limbs; partners: consent. Portability only where consent and automated.
    match applicability(&keha, RequestKind::Portability) {
        RightApplicability::AppliesWithExceptions {
            conditions,
            limited_purposes,
            ..
        } => {
            assert_eq!(
                conditions,
                vec![(
                    "Art. 20(1)(b)",
                    "the processing is carried out by automated means"
                )]
            );
            assert!(!limited_purposes.is_empty());
        }
        other => panic!("{other:?}"),
    }

    // monialainen states no lawful basis: only the unconditional rights can be told.
    let typ = load("monialainen-yhteispalvelu");
    assert_eq!(
        applicability(&typ, RequestKind::Rectification),
        RightApplicability::Applies
    );
    assert!(matches!(
        applicability(&typ, RequestKind::Erasure),
        RightApplicability::Undetermined { .. }
    ));
    assert!(matches!(
        applicability(&typ, RequestKind::AutomatedDecision),
        RightApplicability::Undetermined { .. }
    ));
}
