//! Internal macros that keep the many closed legal sets and validated strings uniform.

/// Declares a closed legal set: an exhaustive `Copy` enum with a stable serde code per
/// variant, `ALL`, `code()`, `FromStr` (by code) and `Display` (the code).
macro_rules! legal_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $code:tt ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, schemars::JsonSchema,
        )]
        #[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            /// Every value, in the order of the article.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stable code used in register files and JSON, e.g. `6-1-a`.
            pub const fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
        }

        impl core::str::FromStr for $name {
            type Err = $crate::text::ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(Self::$variant),)+
                    _ => Err($crate::text::ParseError::new(
                        $what,
                        format!(
                            "unknown {} `{}`; expected one of: {}",
                            $what,
                            s,
                            [$($code),+].join(", ")
                        ),
                    )),
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.code())
            }
        }

        // By hand so that an unknown code reads "unknown lawful basis `6-1-g`", as in `FromStr`.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                code.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

/// Declares a validated string newtype: `as_str`, `FromStr`/`TryFrom<String>` through the
/// given validator, serde as a plain string (validated on the way in) and a JSON Schema.
macro_rules! validated_string {
    (
        $(#[$meta:meta])*
        pub struct $name:ident($what:literal, $validate:path);
        schema = $schema:expr;
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// The value as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl core::str::FromStr for $name {
            type Err = $crate::text::ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let value: String = $validate(s)?;
                Ok(Self(value))
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::text::ParseError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::text::ParseError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = <String as serde::Deserialize>::deserialize(d)?;
                raw.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $schema
            }
        }
    };
}

pub(crate) use legal_enum;
pub(crate) use validated_string;
