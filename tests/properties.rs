//! Property tests: generated registers round-trip; identifier parsers never panic.
#![cfg(feature = "proptest")]

use gdpr::legal::{LawfulBasis, StatuteNumber};
use gdpr::model::{EmailAddress, PhoneNumber};
use gdpr::{BusinessId, Id, PersonalIdentityCode, files, strategies};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_registers_are_valid(register in strategies::register()) {
        prop_assert!(register.validate().is_ok());
    }

    #[test]
    fn toml_round_trip_is_lossless(register in strategies::register()) {
        let toml = files::to_toml_string(&register).expect("serializes");
        let again = files::from_toml_str(&toml, "generated.toml").map_err(|e| TestCaseError::fail(format!("{e}\n{toml}")))?;
        prop_assert_eq!(&again, &register);
        // Saving again gives the same text.
        prop_assert_eq!(files::to_toml_string(&again).unwrap(), toml);
    }

    #[test]
    fn json_round_trip_is_lossless(register in strategies::register()) {
        let json = files::to_json_string(&register).unwrap();
        let again = files::from_json_str(&json, "generated.json").map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(again, register);
    }

    #[test]
    fn identifier_parsers_never_panic(input in "\\PC{0,16}|[0-9A-Y+-]{0,12}") {
        let _ = input.parse::<BusinessId>();
        if let Err(e) = input.parse::<PersonalIdentityCode>() {
            // An error never repeats the input (it may be a real identity code).
            prop_assert!(input.len() < 4 || !e.to_string().contains(&input));
        }
        let _ = input.parse::<EmailAddress>();
        let _ = input.parse::<PhoneNumber>();
        let _ = input.parse::<StatuteNumber>();
        let _ = input.parse::<Id>();
        let _ = input.parse::<LawfulBasis>();
        let _ = input.parse::<gdpr::Language>();
        let _ = gdpr::files::from_toml_str(&input, "fuzz.toml");
        let _ = gdpr::files::from_json_str(&input, "fuzz.json");
    }

    #[test]
    fn valid_business_ids_round_trip(n in 0u32..10_000_000) {
        // Exactly one check digit is valid for a body, or none when the remainder is 1.
        let valid: Vec<_> = (0..10).filter_map(|c| format!("{n:07}-{c}").parse::<BusinessId>().ok()).collect();
        prop_assert!(valid.len() <= 1);
        for id in valid {
            prop_assert_eq!(id.to_string().parse::<BusinessId>().unwrap(), id);
        }
    }

    #[test]
    fn identity_codes_have_exactly_one_check_character(day in 1u32..=28, month in 1u32..=12, year in 0u32..100, individual in 2u32..1000, sign in "[-+YXWVUABCDEF]") {
        let body = format!("{day:02}{month:02}{year:02}{sign}{individual:03}");
        let valid: Vec<_> = "0123456789ABCDEFHJKLMNPRSTUVWXY".chars()
            .filter(|c| format!("{body}{c}").parse::<PersonalIdentityCode>().is_ok())
            .collect();
        prop_assert_eq!(valid.len(), 1);
    }
}
