//! What the linter finds in each seed register, pinned; which article governs each notice;
//! which rights apply.

use gdpr::Register;
use gdpr::legal::ErasureException;
use gdpr::lint::lint;
use gdpr::matrix::RightStatus;
use gdpr::model::InformationArticle;
use gdpr::request::{RequestKind, applicability};

mod common;

fn load(id: &str) -> Register {
    common::seed(id)
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
            // "sähköposti [email protected]": the notice gives addresses this copy hid; a gap in
            // the file, not in the notice (note).
            ("contact-not-captured", "controller.contact.email"),
            ("contact-not-captured", "controller.dpo.contact.email"),
            // "lakisääteisten velvollisuuksien ... julkisen vallan": no act named (Art. 6(3)).
            ("statute-not-named", "purposes[0].statutes"),
            // A ministry relying on consent for its statutory list (Recital 43).
            ("consent-by-public-authority", "purposes[0].lawful_bases"),
            // "suostumuksen perusteella ... ja/tai": consent kept beside other bases
            // (EDPB 05/2020 paras. 121-123).
            ("lawful-bases-as-alternatives", "purposes[0].lawful_bases"),
            // Consent: portability (Art. 20(1)(a)); official authority: objection (Art. 21(1)).
            ("right-not-mentioned", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            // "markkinoinnin": no separate statement of the right to object (Art. 21(4)).
            (
                "direct-marketing-objection-not-separate",
                "purposes[0].direct_marketing"
            ),
            // "Pyyntö tulee suorittaa kirjallisena": no form may be required (Art. 12(2)).
            ("request-form-restricted", "rights.procedure.written_only"),
            // Art. 13(2)(f) applies only "where applicable" (note).
            ("automated-decisions-not-stated", "automated_decisions"),
        ])
    );
}

#[test]
fn keha_alpo_findings() {
    assert_eq!(
        findings("keha-alpo"),
        pinned(&[
            // "1. Rekisterinpitäjä" gives a name and no contact details (Art. 13(1)(a)).
            ("controller-contact-missing", "controller.contact"),
            // Client visits recorded one by one and called anonymised (Recital 26).
            ("anonymity-claim-doubtful", "purposes[0].anonymous"),
            // Partner contacts rest on consent; withdrawal is never mentioned (Art. 13(2)(c)).
            ("consent-withdrawal-missing", "rights.statements"),
            // Consent: portability; Art. 6(1)(e): objection (Art. 13(2)(b)).
            ("right-not-mentioned", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            // "pyyntö tulee lähettää kirjallisesti ... ja henkilöllisyys on todistettava"
            // (Art. 12(2), 12(6)).
            ("request-form-restricted", "rights.procedure.written_only"),
            (
                "identity-proof-always",
                "rights.procedure.identity_proof_always"
            ),
            // Users must give data to get an account; nothing says so (Art. 13(2)(e)).
            ("provision-requirement-not-stated", "provision"),
            ("automated-decisions-not-stated", "automated_decisions"),
            // "työelämän tietosuojalaki 347/2019": an amending act of Act 759/2004.
            ("amending-act-cited", "purposes[2].statutes[6]"),
        ])
    );
}

#[test]
fn monialainen_yhteispalvelu_findings() {
    assert_eq!(
        findings("monialainen-yhteispalvelu"),
        pinned(&[
            // A public authority with no DPO in the notice (Art. 37(1)(a), 14(1)(b)).
            ("dpo-contact-missing", "controller.dpo"),
            // Act 1369/2014 is cited, but no Art. 6(1) basis (Art. 14(1)(c)).
            ("purpose-without-lawful-basis", "purposes[0].lawful_bases"),
            // Health and working capacity, in two places, without an Art. 9(2) condition:
            // one gap, one finding.
            (
                "special-category-without-condition",
                "subject_groups[0].categories[4]"
            ),
            // "Tietojen tallettamiseen, poistamiseen ja arkistointiin sovelletaan ... 13 luvun
            // 4 §:ää": a statute as the criterion, the period left unsaid (Art. 14(2)(a)).
            ("retention-period-not-stated", "retention[0].policy"),
            // Erasure and restriction apply whatever the basis, even when none is stated
            // (Art. 14(2)(c)); access and rectification are described. A public authority's
            // processing rests on Art. 6(1)(c) or (e), and under (e) the subject may object
            // (Art. 21(1)): the right to object is asked for too.
            ("right-not-mentioned", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            ("right-not-mentioned", "rights.statements"),
            // Section 12 "Muut henkilötietojen käsittelyyn liittyvät oikeudet" is empty
            // (Art. 14(2)(e)).
            ("complaint-right-missing", "rights.statements"),
            ("provision-requirement-not-stated", "provision"),
            ("automated-decisions-not-stated", "automated_decisions"),
            // "HENKILÖTIETOLAKI (523/1999)", repealed by 1050/2018 from 1.1.2019.
            ("repealed-act", "document_basis[0]"),
            // Act 1369/2014, the register's whole legal basis: repealed by 383/2023 s. 2(2)
            // from 1.1.2025, successor 381/2023.
            ("repealed-act", "purposes[0].statutes[0]"),
            ("repealed-act", "subject_groups[0].statutes[0]"),
            ("repealed-act", "sources[1].statutes[0]"),
            // Act 916/2012, repealed by 383/2023 s. 2(1) from 1.1.2025, successor 380/2023.
            ("repealed-act", "retention[0].policy.statute"),
        ])
    );
}

#[test]
fn espoo_tyollisyyspalvelut_findings() {
    assert_eq!(
        findings("espoo-tyollisyyspalvelut"),
        pinned(&[
            // A city relying on consent (6(1)(a), 9(2)(a)) for a statutory service (Recital 43).
            ("consent-by-public-authority", "purposes[0].lawful_bases"),
            // 6(1)(a) beside 6(1)(c) for one purpose (EDPB 05/2020 paras. 121-123).
            ("lawful-bases-as-alternatives", "purposes[0].lawful_bases"),
            // 6(1)(a) and 9(2)(a) are bases; withdrawal is never mentioned (Art. 13(2)(c)).
            ("consent-withdrawal-missing", "rights.statements"),
            // "Tietojen säilyttämisessä ja hävittämisessä noudatetaan 10 vuoden määräaikaa."
            (
                "retention-trigger-not-stated",
                "retention[0].policy.trigger"
            ),
            // Consent: portability (Art. 20(1)(a)).
            ("right-not-mentioned", "rights.statements"),
            ("provision-requirement-not-stated", "provision"),
            ("automated-decisions-not-stated", "automated_decisions"),
            // Repealed or lapsed since the notice was published (24.6.2021): 916/2012 and
            // 1369/2014 (383/2023, from 1.1.2025), 1386/2010 (681/2023, from 1.1.2025), and
            // the temporary 1269/2020 (ended 31.12.2024).
            ("repealed-act", "purposes[0].statutes[0]"),
            ("repealed-act", "purposes[0].statutes[3]"),
            ("repealed-act", "purposes[0].statutes[6]"),
            ("repealed-act", "purposes[0].statutes[8]"),
            // 1305/2002, repealed from 1.8.2024, still governs leave begun before then: a
            // warning.
            ("repealed-act-still-applied", "purposes[0].statutes[2]"),
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

/// The rights matrix of each seed, per purpose, as `gdpr rights` prints it.
fn rights(id: &str) -> Vec<String> {
    gdpr::matrix::matrix(&load(id))
        .into_iter()
        .flat_map(|row| {
            row.rights
                .into_iter()
                .map(move |d| format!("{} {} {} {}", row.purpose, d.right, d.status, d.article))
        })
        .collect()
}

#[test]
fn the_rights_matrix_of_each_seed() {
    // ALPO: partner contacts on consent, user data on Art. 6(1)(e); the client statistics are
    // called anonymous and have no rows.
    assert_eq!(
        rights("keha-alpo"),
        [
            "partner-cooperation access applies Art. 15",
            "partner-cooperation rectification applies Art. 16",
            "partner-cooperation erasure applies Art. 17(1)",
            "partner-cooperation restriction applies Art. 18",
            // Contact details given by the contacts themselves; automated means not stated.
            "partner-cooperation portability limited Art. 20(1)(b)",
            "partner-cooperation objection not-applicable Art. 21(1)",
            "partner-cooperation withdraw-consent applies Art. 7(3)",
            "partner-cooperation automated-decision applies Art. 22(1)",
            "partner-cooperation complaint applies Art. 77",
            "user-management access applies Art. 15",
            "user-management rectification applies Art. 16",
            "user-management erasure limited Art. 17(3)(b)",
            "user-management restriction applies Art. 18",
            "user-management portability not-applicable Art. 20(3)",
            "user-management objection limited Art. 21(1)",
            "user-management withdraw-consent not-applicable Art. 7(3)",
            "user-management automated-decision applies Art. 22(1)",
            "user-management complaint applies Art. 77",
        ]
    );
    // TEM: consent, legal obligation and official authority for one purpose, which includes
    // marketing ("markkinoinnin").
    let tem = rights("tem-tno-contacts");
    assert!(tem.contains(&"tno-contact-list erasure limited Art. 17(3)(b)".to_owned()));
    assert!(tem.contains(&"tno-contact-list portability limited Art. 20(1)(a)".to_owned()));
    assert!(tem.contains(&"tno-contact-list objection applies Art. 21(1)-(3)".to_owned()));
    assert!(tem.contains(&"tno-contact-list withdraw-consent applies Art. 7(3)".to_owned()));
    // TYP states no basis: the rights that apply whatever the basis still do.
    let typ = rights("monialainen-yhteispalvelu");
    assert!(typ.contains(&"joint-service restriction applies Art. 18".to_owned()));
    assert!(typ.contains(&"joint-service erasure limited Art. 17(3)".to_owned()));
    // The rights that depend on the basis cannot be decided: undetermined, not excluded.
    assert!(typ.contains(&"joint-service portability undetermined Art. 20".to_owned()));
    assert!(typ.contains(&"joint-service objection undetermined Art. 21".to_owned()));
    assert!(typ.contains(&"joint-service withdraw-consent undetermined Art. 7(3)".to_owned()));
    // Espoo: consent (and 9(2)(a)) with a legal obligation.
    let espoo = rights("espoo-tyollisyyspalvelut");
    assert!(espoo.contains(&"employment-services erasure limited Art. 17(3)(b)".to_owned()));
    assert!(espoo.contains(&"employment-services objection not-applicable Art. 21(1)".to_owned()));
}

#[test]
fn request_applicability_sums_the_purposes() {
    let keha = load("keha-alpo");
    // Withdrawal applies to one purpose and not the other.
    let withdrawal = applicability(&keha, RequestKind::WithdrawConsent);
    assert_eq!(withdrawal.status, RightStatus::Limited);
    assert_eq!(withdrawal.article, "Art. 7(3)");
    assert_eq!(withdrawal.purposes.len(), 2);
    assert_eq!(
        applicability(&keha, RequestKind::Access).status,
        RightStatus::Applies
    );
    let espoo = load("espoo-tyollisyyspalvelut");
    let objection = applicability(&espoo, RequestKind::Objection);
    assert_eq!(
        (objection.status, objection.article),
        (RightStatus::NotApplicable, "Art. 21(1)")
    );
    // The Art. 17(3) exceptions stay with every erasure decision.
    let erasure = applicability(&espoo, RequestKind::Erasure);
    assert_eq!(erasure.purposes[0].1.exceptions, ErasureException::ALL);
}
