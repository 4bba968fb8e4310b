//! The holiday rules of the 27 EU and 3 EEA states, one block per state, each rule with the act
//! that makes the day a holiday (or, where no act was identified, the source of the rule).
//!
//! Facts come from the acts cited and were cross-checked against python-holidays 0.109
//! (<https://github.com/vacanza/holidays>, MIT licence; the data are facts), whose national and
//! regional lists for 2024–2030 are committed in `tests/data/holidays-2024-2030.tsv` and checked
//! against these rules in `tests/calendars.rs`. Where python-holidays cites no act, the rule says
//! so. Years before a state's `known_from` apply the rules as they stand (an extrapolation);
//! one-off days exist only in the year that was decreed.

use chrono::Weekday;

use super::state::{DayRule, Easter, HolidayRule, RegionRules, StateRules, Substitute};

const fn fixed(name: &'static str, month: u32, day: u32, source: &'static str) -> HolidayRule {
    HolidayRule::fixed(name, month, day, source)
}

const fn easter(name: &'static str, offset: i64, source: &'static str) -> HolidayRule {
    HolidayRule::easter(name, offset, source)
}

const fn once(name: &'static str, y: i32, m: u32, d: u32, source: &'static str) -> HolidayRule {
    HolidayRule::once(name, y, m, d, source)
}

const fn weekday_from(
    name: &'static str,
    month: u32,
    day: u32,
    weekday: Weekday,
    source: &'static str,
) -> HolidayRule {
    HolidayRule::new(
        name,
        DayRule::WeekdayOnOrAfter {
            month,
            day,
            weekday,
        },
        source,
    )
}

const fn region(
    code: &'static str,
    name: &'static str,
    holidays: &'static [HolidayRule],
) -> RegionRules {
    RegionRules {
        code,
        name,
        holidays,
        note: "",
    }
}

// ---------------------------------------------------------------------------------------------
// Austria
const AT_LAW: &str = "Feiertagsruhegesetz 1957 (BGBl. Nr. 153/1957) § 1";
const AT_GOOD_FRIDAY: &str = "ZPO § 126(2) and AVG § 33(2): a time limit ending on Good Friday ends on the next working day (European Convention on the Calculation of Time-Limits, BGBl. Nr. 254/1983); not a public holiday";
const AT: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, AT_LAW),
    fixed("Epiphany", 1, 6, AT_LAW).until(1945),
    fixed(
        "Epiphany",
        1,
        6,
        "BGBl. Nr. 173/1949; Feiertagsruhegesetz 1957 § 1",
    )
    .from(1950),
    easter("Good Friday", -2, AT_GOOD_FRIDAY).time_limit(),
    easter("Easter Monday", 1, AT_LAW),
    fixed(
        "Labour Day",
        5,
        1,
        "StGBl. Nr. 116/1945; Feiertagsruhegesetz 1957 § 1",
    )
    .from(1946),
    easter("Ascension Day", 39, AT_LAW),
    easter("Whit Monday", 50, AT_LAW),
    easter("Corpus Christi", 60, AT_LAW),
    fixed("Saints Peter and Paul", 6, 29, "BGBl. Nr. 31/1933").years(1934, 1945),
    fixed("Assumption Day", 8, 15, AT_LAW),
    fixed("National Day", 10, 26, "BGBl. Nr. 264/1967").from(1967),
    fixed("All Saints' Day", 11, 1, AT_LAW),
    fixed("Immaculate Conception", 12, 8, AT_LAW).until(1944),
    fixed("Immaculate Conception", 12, 8, "BGBl. Nr. 227/1955").from(1955),
    // 24 December: only AVG § 33(2) and BAO § 108(3) (administrative and tax procedure) make
    // it a non-working day for time limits; left out, as Denmark's days are.
    fixed("Christmas Day", 12, 25, AT_LAW),
    fixed("St. Stephen's Day", 12, 26, AT_LAW),
];

const AT_LAND: &str = "the Land's patron saint's day is not a public holiday (a day off in some collective agreements only), so the Land's calendar is the national one";
const AT_REGIONS: &[RegionRules] = &[
    RegionRules {
        code: "1",
        name: "Burgenland",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "2",
        name: "Carinthia",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "3",
        name: "Lower Austria",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "4",
        name: "Upper Austria",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "5",
        name: "Salzburg",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "6",
        name: "Styria",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "7",
        name: "Tyrol",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "8",
        name: "Vorarlberg",
        holidays: &[],
        note: AT_LAND,
    },
    RegionRules {
        code: "9",
        name: "Vienna",
        holidays: &[],
        note: AT_LAND,
    },
];

// ---------------------------------------------------------------------------------------------
// Belgium
const BE_LAW: &str = "Wet van 4 januari 1974 betreffende de feestdagen / Loi du 4 janvier 1974 relative aux jours fériés, with the royal decree of 18 April 1974 art. 1 (not in python-holidays, which cites no act)";
const BE: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, BE_LAW),
    easter("Easter Sunday", 0, BE_LAW),
    easter("Easter Monday", 1, BE_LAW),
    fixed("Labour Day", 5, 1, BE_LAW),
    easter("Ascension Day", 39, BE_LAW),
    easter("Whit Sunday", 49, BE_LAW),
    easter("Whit Monday", 50, BE_LAW),
    fixed("National Day", 7, 21, BE_LAW),
    fixed("Assumption Day", 8, 15, BE_LAW),
    fixed("All Saints' Day", 11, 1, BE_LAW),
    fixed("Armistice Day", 11, 11, BE_LAW),
    fixed("Christmas Day", 12, 25, BE_LAW),
];

// ---------------------------------------------------------------------------------------------
// Bulgaria (Orthodox Easter)
const BG_LAW: &str = "Кодекс на труда (Labour Code) чл. 154(1)";
const BG_SUB: Substitute = Substitute::NextWorkingDay;
const BG_SUB_FROM: i32 = 2017; // Labour Code art. 154(2), SG 105/2016
const BG: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, BG_LAW).substitute(BG_SUB, BG_SUB_FROM),
    fixed("Liberation Day", 3, 3, BG_LAW).substitute(BG_SUB, BG_SUB_FROM),
    easter("Good Friday", -2, "Labour Code art. 154(1), SG 15/2010").from(2010),
    easter("Holy Saturday", -1, "Labour Code art. 154(1), SG 15/2010").from(2010),
    easter("Easter Sunday", 0, BG_LAW),
    easter("Easter Monday", 1, BG_LAW),
    fixed("Labour Day", 5, 1, BG_LAW).substitute(BG_SUB, BG_SUB_FROM),
    fixed(
        "St. George's Day",
        5,
        6,
        "Labour Code art. 154(1), SG 56/1998",
    )
    .from(1999)
    .substitute(BG_SUB, BG_SUB_FROM),
    fixed("Bulgarian Education and Culture Day", 5, 24, BG_LAW).substitute(BG_SUB, BG_SUB_FROM),
    fixed(
        "Unification Day",
        9,
        6,
        "Labour Code art. 154(1), SG 22/1998",
    )
    .from(1998)
    .substitute(BG_SUB, BG_SUB_FROM),
    fixed(
        "Independence Day",
        9,
        22,
        "Labour Code art. 154(1), SG 108/1998",
    )
    .from(1998)
    .substitute(BG_SUB, BG_SUB_FROM),
    fixed(
        "Christmas Eve",
        12,
        24,
        "Labour Code art. 154(1), SG 2/1996",
    )
    .from(1996)
    .substitute(BG_SUB, BG_SUB_FROM),
    fixed("Christmas Day", 12, 25, BG_LAW).substitute(BG_SUB, BG_SUB_FROM),
    fixed("Second Day of Christmas", 12, 26, BG_LAW).substitute(BG_SUB, BG_SUB_FROM),
    once(
        "Day off (Council of Ministers Decision 808/2025)",
        2025,
        12,
        31,
        "Council of Ministers Decision No. 808 of 19 November 2025",
    ),
    once(
        "Day off (Council of Ministers Decision 808/2025)",
        2026,
        1,
        2,
        "Council of Ministers Decision No. 808 of 19 November 2025",
    ),
];

// ---------------------------------------------------------------------------------------------
// Croatia
const HR_LAW: &str =
    "Zakon o blagdanima, spomendanima i neradnim danima u Republici Hrvatskoj (NN 110/2019) čl. 1";
const HR: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, HR_LAW),
    fixed("Epiphany", 1, 6, HR_LAW).until(2001),
    fixed("Epiphany", 1, 6, HR_LAW).from(2003),
    easter("Easter Sunday", 0, HR_LAW).from(2009),
    easter("Easter Monday", 1, HR_LAW),
    fixed("Labour Day", 5, 1, HR_LAW),
    fixed("Statehood Day", 5, 30, HR_LAW).years(1996, 2001),
    fixed("Statehood Day", 5, 30, HR_LAW).from(2020),
    easter("Corpus Christi", 60, HR_LAW).from(2002),
    fixed("Anti-Fascist Struggle Day", 6, 22, HR_LAW),
    fixed("Statehood Day", 6, 25, "NN 136/2002").years(2002, 2019),
    fixed("Victory and Homeland Thanksgiving Day", 8, 5, HR_LAW),
    fixed("Assumption Day", 8, 15, HR_LAW),
    fixed("Independence Day", 10, 8, "NN 136/2002").years(2002, 2019),
    fixed("All Saints' Day", 11, 1, HR_LAW),
    fixed("Remembrance Day", 11, 18, HR_LAW).from(2020),
    fixed("Christmas Day", 12, 25, HR_LAW),
    fixed("St. Stephen's Day", 12, 26, HR_LAW),
];

// ---------------------------------------------------------------------------------------------
// Cyprus (Orthodox Easter)
const CY_SRC: &str = "no act identified; the public holidays as listed by the Central Bank of Cyprus (python-holidays cyprus.py)";
const CY: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, CY_SRC),
    fixed("Epiphany", 1, 6, CY_SRC),
    easter("Green Monday", -48, CY_SRC),
    fixed("Greek Independence Day", 3, 25, CY_SRC),
    fixed("Cyprus National Day", 4, 1, CY_SRC),
    easter("Good Friday", -2, CY_SRC),
    easter("Easter Sunday", 0, CY_SRC),
    easter("Easter Monday", 1, CY_SRC),
    fixed("Labour Day", 5, 1, CY_SRC),
    easter("Whit Monday (Kataklysmos)", 50, CY_SRC),
    fixed("Assumption Day", 8, 15, CY_SRC),
    fixed("Cyprus Independence Day", 10, 1, CY_SRC).from(1979),
    fixed("Ochi Day", 10, 28, CY_SRC),
    fixed("Christmas Day", 12, 25, CY_SRC),
    fixed("Day after Christmas", 12, 26, CY_SRC),
];

// ---------------------------------------------------------------------------------------------
// Czechia
const CZ_LAW: &str = "Zákon č. 245/2000 Sb., o státních svátcích, o ostatních svátcích, o významných dnech a o dnech pracovního klidu, § 1 and § 2";
const CZ: &[HolidayRule] = &[
    fixed(
        "New Year's Day; Restoration Day of the Independent Czech State",
        1,
        1,
        CZ_LAW,
    ),
    easter(
        "Good Friday",
        -2,
        "Zákon č. 245/2000 Sb. § 2 as amended in 2015",
    )
    .from(2016),
    easter("Easter Monday", 1, CZ_LAW),
    fixed("Labour Day", 5, 1, CZ_LAW),
    fixed("Victory Day", 5, 9, "Zákon č. 93/1951 Sb.").until(1991),
    fixed("Victory Day", 5, 8, CZ_LAW).from(1992),
    fixed("Saints Cyril and Methodius Day", 7, 5, CZ_LAW).from(1990),
    fixed("Jan Hus Day", 7, 6, CZ_LAW).from(1990),
    fixed("Statehood Day", 9, 28, CZ_LAW).from(2000),
    fixed("Independent Czechoslovak State Day", 10, 28, CZ_LAW),
    fixed("Struggle for Freedom and Democracy Day", 11, 17, CZ_LAW).from(1990),
    fixed("Christmas Eve", 12, 24, CZ_LAW).from(1990),
    fixed("Christmas Day", 12, 25, CZ_LAW),
    fixed("Second Day of Christmas", 12, 26, CZ_LAW),
];

// ---------------------------------------------------------------------------------------------
// Denmark
const DK_LAW: &str = "folkekirkens helligdage (helligdagsloven, lovbekendtgørelse nr. 1023 af 24. oktober 2012, § 1, which names but does not list them); store bededag abolished from 2024 by lov nr. 214 af 6. marts 2023";
const DK: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, DK_LAW),
    easter("Maundy Thursday", -3, DK_LAW),
    easter("Good Friday", -2, DK_LAW),
    easter("Easter Sunday", 0, DK_LAW),
    easter("Easter Monday", 1, DK_LAW),
    easter("Great Prayer Day", 26, DK_LAW).until(2023),
    easter("Ascension Day", 39, DK_LAW),
    easter("Whit Sunday", 49, DK_LAW),
    easter("Whit Monday", 50, DK_LAW),
    fixed("Christmas Day", 12, 25, DK_LAW),
    fixed("Second Day of Christmas", 12, 26, DK_LAW),
];

// ---------------------------------------------------------------------------------------------
// Estonia
const EE_LAW: &str = "Pühade ja tähtpäevade seadus (Public Holidays and Days of National Importance Act, RT I 1998, 13, 162) § 2";
const EE: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, EE_LAW),
    fixed(
        "Independence Day",
        2,
        24,
        "Pühade ja tähtpäevade seadus (RT I 1998, 13, 162) § 1 (rahvuspüha)",
    ),
    easter("Good Friday", -2, EE_LAW).from(1994),
    easter("Easter Sunday", 0, EE_LAW).from(1994),
    fixed("Spring Day", 5, 1, EE_LAW),
    easter("Whit Sunday", 49, EE_LAW).from(1994),
    fixed("Victory Day", 6, 23, EE_LAW),
    fixed("Midsummer Day", 6, 24, EE_LAW),
    fixed("Independence Restoration Day", 8, 20, EE_LAW).from(1998),
    fixed(
        "Declaration of Sovereignty Day",
        11,
        16,
        "Decree on State Holidays of 9 October 1990",
    )
    .years(1991, 1993),
    fixed(
        "Christmas Eve",
        12,
        24,
        "Public Holidays and Days of National Importance Act § 2, as amended in 2004",
    )
    .from(2005),
    fixed("Christmas Day", 12, 25, EE_LAW),
    fixed("Second Day of Christmas", 12, 26, EE_LAW),
];

// ---------------------------------------------------------------------------------------------
// Finland: the same days as `Finland` (Act 150/1930 s. 5), applied to every year.
const FI_LAW: &str = "Laki säädettyjen määräaikain laskemisesta (150/1930) 5 § (pyhäpäivä)";
const FI_EVE: &str = "Laki säädettyjen määräaikain laskemisesta (150/1930) 5 §: joulu- ja juhannusaatto (not public holidays; non-working days for time limits)";
const FI: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, FI_LAW),
    fixed("Epiphany", 1, 6, FI_LAW),
    easter("Good Friday", -2, FI_LAW),
    easter("Easter Sunday", 0, FI_LAW),
    easter("Easter Monday", 1, FI_LAW),
    fixed(
        "May Day",
        5,
        1,
        "Laki säädettyjen määräaikain laskemisesta (150/1930) 5 § (vapunpäivä)",
    ),
    easter("Ascension Day", 39, FI_LAW),
    easter("Whit Sunday", 49, FI_LAW),
    weekday_from("Midsummer Eve", 6, 19, Weekday::Fri, FI_EVE).time_limit(),
    weekday_from("Midsummer Day", 6, 20, Weekday::Sat, FI_LAW),
    weekday_from("All Saints' Day", 10, 31, Weekday::Sat, FI_LAW),
    fixed(
        "Independence Day",
        12,
        6,
        "Laki itsenäisyyspäivän viettämisestä yleisenä juhla- ja vapaapäivänä (388/1937) 1 §; 150/1930 5 §",
    ),
    fixed("Christmas Eve", 12, 24, FI_EVE).time_limit(),
    fixed("Christmas Day", 12, 25, FI_LAW),
    fixed("St. Stephen's Day", 12, 26, FI_LAW),
];
const FI_REGIONS: &[RegionRules] = &[region(
    "01",
    "Åland",
    &[fixed("Autonomy Day", 6, 9, "no act identified; Åland's Autonomy Day as a public holiday there (python-holidays finland.py, subdivision 01)").from(1993)],
)];

// ---------------------------------------------------------------------------------------------
// France
const FR_LAW: &str = "Code du travail art. L3133-1";
const FR: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, FR_LAW),
    easter("Easter Monday", 1, FR_LAW),
    fixed("Labour Day", 5, 1, FR_LAW),
    fixed(
        "Victory Day",
        5,
        8,
        "Loi n° 53-225 (1953); abolished by décret n° 59-533",
    )
    .years(1953, 1959),
    fixed(
        "Victory Day",
        5,
        8,
        "Loi n° 81-893; Code du travail art. L3133-1",
    )
    .from(1982),
    easter("Ascension Day", 39, FR_LAW),
    easter("Whit Monday", 50, FR_LAW).until(2004),
    easter(
        "Whit Monday",
        50,
        "Loi n° 2008-351; Code du travail art. L3133-1",
    )
    .from(2008),
    fixed("National Day", 7, 14, FR_LAW),
    fixed("Assumption Day", 8, 15, FR_LAW),
    fixed("All Saints' Day", 11, 1, FR_LAW),
    fixed("Armistice Day", 11, 11, FR_LAW),
    fixed("Christmas Day", 12, 25, FR_LAW),
];
const FR_ALSACE_MOSELLE: &[HolidayRule] = &[
    easter(
        "Good Friday",
        -2,
        "Code du travail art. L3134-13 (Bas-Rhin, Haut-Rhin and Moselle)",
    ),
    fixed(
        "St. Stephen's Day",
        12,
        26,
        "Code du travail art. L3134-13 (Bas-Rhin, Haut-Rhin and Moselle)",
    ),
];
const FR_REGIONS: &[RegionRules] = &[
    region("57", "Moselle", FR_ALSACE_MOSELLE),
    region("67", "Bas-Rhin", FR_ALSACE_MOSELLE),
    region("68", "Haut-Rhin", FR_ALSACE_MOSELLE),
    region("6ae", "Alsace", FR_ALSACE_MOSELLE),
];

// ---------------------------------------------------------------------------------------------
// Germany: the nine days every Land's holiday act names (3 October by the Unification Treaty),
// and each Land's own.
const DE_LAW: &str = "the holiday acts of all 16 Länder (e.g. Bayerisches Feiertagsgesetz Art. 1)";
const DE_UNITY: &str = "Einigungsvertrag Art. 2(2)";
const DE: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, DE_LAW),
    easter("Good Friday", -2, DE_LAW),
    easter("Easter Monday", 1, DE_LAW),
    fixed("Labour Day", 5, 1, DE_LAW),
    easter("Ascension Day", 39, DE_LAW),
    easter("Whit Monday", 50, DE_LAW),
    fixed("German Unity Day", 10, 3, DE_UNITY),
    once(
        "Reformation Day (500th anniversary)",
        2017,
        10,
        31,
        "Land holiday acts, one-off for 2017",
    ),
    weekday_from("Repentance and Prayer Day", 11, 16, Weekday::Wed, DE_LAW).years(1991, 1994),
    fixed("Christmas Day", 12, 25, DE_LAW),
    fixed("Second Day of Christmas", 12, 26, DE_LAW),
];
const DE_EPIPHANY: HolidayRule = fixed("Epiphany", 1, 6, "Land holiday act");
const DE_CORPUS: HolidayRule = easter("Corpus Christi", 60, "Land holiday act");
const DE_ALL_SAINTS: HolidayRule = fixed("All Saints' Day", 11, 1, "Land holiday act");
const DE_REFORMATION: HolidayRule = fixed("Reformation Day", 10, 31, "Land holiday act");
const DE_REFORMATION_2018: HolidayRule = fixed(
    "Reformation Day",
    10,
    31,
    "Land holiday act as amended in 2018",
)
.from(2018);
const DE_REGIONS: &[RegionRules] = &[
    region(
        "bb",
        "Brandenburg",
        &[
            easter("Easter Sunday", 0, "Feiertagsgesetz Brandenburg § 2"),
            easter("Whit Sunday", 49, "Feiertagsgesetz Brandenburg § 2"),
            fixed("Reformation Day", 10, 31, "Feiertagsgesetz Brandenburg § 2"),
        ],
    ),
    region(
        "be",
        "Berlin",
        &[
            fixed(
                "International Women's Day",
                3,
                8,
                "Gesetz über die Sonn- und Feiertage (Berlin) § 1, as amended in 2019",
            )
            .from(2019),
            once(
                "75th anniversary of the end of the Second World War",
                2020,
                5,
                8,
                "Berlin, one-off for 2020",
            ),
            once(
                "80th anniversary of the end of the Second World War",
                2025,
                5,
                8,
                "Berlin, one-off for 2025",
            ),
            once(
                "75th anniversary of the uprising of 17 June 1953",
                2028,
                6,
                17,
                "Berlin, one-off for 2028 (python-holidays)",
            ),
        ],
    ),
    region(
        "bw",
        "Baden-Württemberg",
        &[DE_EPIPHANY, DE_CORPUS, DE_ALL_SAINTS],
    ),
    RegionRules {
        code: "by",
        name: "Bavaria",
        holidays: &[DE_EPIPHANY, DE_CORPUS, DE_ALL_SAINTS],
        note: "15 August is a holiday only in municipalities with a predominantly Catholic population (Bayerisches Feiertagsgesetz Art. 1(1) Nr. 2); it is not in the Land-wide calendar",
    },
    region("hb", "Bremen", &[DE_REFORMATION_2018]),
    region("he", "Hesse", &[DE_CORPUS]),
    region("hh", "Hamburg", &[DE_REFORMATION_2018]),
    region(
        "mv",
        "Mecklenburg-Vorpommern",
        &[
            fixed(
                "International Women's Day",
                3,
                8,
                "Feiertagsgesetz Mecklenburg-Vorpommern § 2, as amended in 2023",
            )
            .from(2023),
            DE_REFORMATION,
        ],
    ),
    region("ni", "Lower Saxony", &[DE_REFORMATION_2018]),
    region("nw", "North Rhine-Westphalia", &[DE_CORPUS, DE_ALL_SAINTS]),
    region("rp", "Rhineland-Palatinate", &[DE_CORPUS, DE_ALL_SAINTS]),
    region("sh", "Schleswig-Holstein", &[DE_REFORMATION_2018]),
    region(
        "sl",
        "Saarland",
        &[
            DE_CORPUS,
            fixed("Assumption Day", 8, 15, "Land holiday act"),
            DE_ALL_SAINTS,
        ],
    ),
    RegionRules {
        code: "sn",
        name: "Saxony",
        holidays: &[
            DE_REFORMATION,
            weekday_from(
                "Repentance and Prayer Day",
                11,
                16,
                Weekday::Wed,
                "Sächsisches Sonn- und Feiertagsgesetz § 1",
            )
            .from(1995),
        ],
        note: "Corpus Christi is a holiday only in some Sorbian Catholic municipalities; it is not in the Land-wide calendar",
    },
    region("st", "Saxony-Anhalt", &[DE_EPIPHANY, DE_REFORMATION]),
    RegionRules {
        code: "th",
        name: "Thuringia",
        holidays: &[
            fixed(
                "World Children's Day",
                9,
                20,
                "Thüringer Feiertagsgesetz § 2, as amended in 2019",
            )
            .from(2019),
            DE_REFORMATION,
        ],
        note: "Corpus Christi is a holiday only in some Catholic municipalities of Eichsfeld; it is not in the Land-wide calendar",
    },
];

// ---------------------------------------------------------------------------------------------
// Greece (Orthodox Easter)
const GR_SRC: &str = "no statute identified for the list; python-holidays greece.py";
const GR: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, GR_SRC),
    fixed("Epiphany", 1, 6, GR_SRC),
    easter("Clean Monday", -48, GR_SRC),
    fixed("Independence Day", 3, 25, GR_SRC),
    easter("Good Friday", -2, GR_SRC),
    easter("Easter Monday", 1, GR_SRC),
    fixed("Labour Day", 5, 1, GR_SRC)
        .until(2023)
        .substitute(Substitute::NextWorkingDayIfOff, 2017),
    once(
        "Labour Day (moved)",
        2024,
        5,
        7,
        "ministerial decision moving Labour Day 2024 (FEK; python-holidays greece.py)",
    ),
    fixed("Labour Day", 5, 1, GR_SRC)
        .from(2025)
        .substitute(Substitute::NextWorkingDayIfOff, 2017),
    easter("Whit Monday", 50, GR_SRC),
    fixed("Assumption Day", 8, 15, GR_SRC),
    fixed("Ochi Day", 10, 28, GR_SRC),
    fixed("Christmas Day", 12, 25, GR_SRC),
    fixed("Glorifying of the Mother of God", 12, 26, GR_SRC),
];

// ---------------------------------------------------------------------------------------------
// Hungary
const HU_LAW: &str = "2012. évi I. törvény a munka törvénykönyvéről (Labour Code) 102. § (1)";
const HU_SWAP: &str =
    "ministerial decree on the working-day order of the year (python-holidays hungary.py)";
const HU: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, HU_LAW),
    fixed("National Day", 3, 15, HU_LAW).until(1950),
    fixed("National Day", 3, 15, HU_LAW).from(1989),
    easter("Good Friday", -2, HU_LAW).from(2017),
    easter("Easter Sunday", 0, HU_LAW),
    easter("Easter Monday", 1, HU_LAW).until(1954),
    easter("Easter Monday", 1, HU_LAW).from(1956),
    fixed("Labour Day", 5, 1, HU_LAW).from(1946),
    easter("Whit Sunday", 49, HU_LAW),
    easter("Whit Monday", 50, HU_LAW).until(1952),
    easter("Whit Monday", 50, HU_LAW).from(1992),
    fixed("State Foundation Day", 8, 20, HU_LAW),
    fixed("National Day", 10, 23, HU_LAW).from(1991),
    fixed("All Saints' Day", 11, 1, HU_LAW).from(1999),
    fixed("Christmas Eve", 12, 24, "2026. évi LXXII. törvény, amending the Labour Code 102. § (1) (python-holidays; not checked against the act)").from(2026),
    fixed("Christmas Day", 12, 25, HU_LAW),
    fixed("Second Day of Christmas", 12, 26, HU_LAW).until(1954),
    fixed("Second Day of Christmas", 12, 26, HU_LAW).from(1956),
    once("Day off (working-day swap)", 2024, 8, 19, HU_SWAP),
    once("Day off (working-day swap)", 2024, 12, 24, HU_SWAP),
    once("Day off (working-day swap)", 2024, 12, 27, HU_SWAP),
    once("Day off (working-day swap)", 2025, 5, 2, HU_SWAP),
    once("Day off (working-day swap)", 2025, 10, 24, HU_SWAP),
    once("Day off (working-day swap)", 2025, 12, 24, HU_SWAP),
    once("Day off (working-day swap)", 2026, 1, 2, HU_SWAP),
    once("Day off (working-day swap)", 2026, 8, 21, HU_SWAP),
];

// ---------------------------------------------------------------------------------------------
// Ireland
const IE_LAW: &str = "Organisation of Working Time Act 1997, Schedule 2";
const IE: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, IE_LAW).from(1975),
    HolidayRule::new(
        "St. Brigid's Day",
        DayRule::StBrigid,
        "Organisation of Working Time Act 1997, Schedule 2, as amended by S.I. No. 50 of 2022",
    )
    .from(2023),
    fixed("St. Patrick's Day", 3, 17, IE_LAW).from(1903),
    once(
        "Day of remembrance and recognition",
        2022,
        3,
        18,
        "S.I. No. 50 of 2022 (one-off public holiday)",
    ),
    easter("Easter Monday", 1, IE_LAW),
    weekday_from("May Day", 5, 1, Weekday::Mon, IE_LAW).from(1994),
    weekday_from("June Bank Holiday", 6, 1, Weekday::Mon, IE_LAW).from(1973),
    weekday_from("August Bank Holiday", 8, 1, Weekday::Mon, IE_LAW),
    HolidayRule::new(
        "October Bank Holiday",
        DayRule::LastWeekday {
            month: 10,
            weekday: Weekday::Mon,
        },
        IE_LAW,
    )
    .from(1977),
    fixed("Christmas Day", 12, 25, IE_LAW),
    fixed("St. Stephen's Day", 12, 26, IE_LAW),
];

// ---------------------------------------------------------------------------------------------
// Italy
const IT_LAW: &str = "Legge 27 maggio 1949, n. 260, art. 2, as amended (Legge 5 marzo 1977, n. 54; DPR 28 dicembre 1985, n. 792; Legge 20 novembre 2000, n. 336)";
const IT: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, IT_LAW),
    fixed("Epiphany", 1, 6, IT_LAW).until(1977),
    fixed("Epiphany", 1, 6, "DPR 28 dicembre 1985, n. 792").from(1986),
    easter("Easter Sunday", 0, IT_LAW),
    easter("Easter Monday", 1, IT_LAW).from(1950),
    fixed("Liberation Day", 4, 25, IT_LAW).from(1946),
    fixed("Labour Day", 5, 1, IT_LAW).from(1946),
    fixed("Republic Day", 6, 2, IT_LAW).years(1947, 1976),
    fixed("Republic Day", 6, 2, "Legge 20 novembre 2000, n. 336").from(2001),
    fixed("Assumption Day", 8, 15, IT_LAW),
    fixed(
        "St. Francis of Assisi",
        10,
        4,
        "Legge 8 ottobre 2025, n. 151",
    )
    .from(2026),
    fixed("All Saints' Day", 11, 1, IT_LAW),
    fixed("Immaculate Conception", 12, 8, IT_LAW),
    fixed("Christmas Day", 12, 25, IT_LAW),
    fixed("St. Stephen's Day", 12, 26, IT_LAW).from(1949),
];

// ---------------------------------------------------------------------------------------------
// Latvia
const LV_LAW: &str = "Likums \"Par svētku, atceres un atzīmējamām dienām\" (3 October 1990) § 1";
const LV_MOVE: &str = "Cabinet order moving a working day (python-holidays latvia.py)";
const LV: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, LV_LAW),
    easter("Good Friday", -2, LV_LAW),
    easter("Easter Sunday", 0, LV_LAW),
    easter("Easter Monday", 1, LV_LAW).from(1997),
    fixed(
        "Labour Day; Convocation of the Constituent Assembly",
        5,
        1,
        LV_LAW,
    ),
    fixed("Restoration of Independence Day", 5, 4, LV_LAW)
        .from(2002)
        .substitute(Substitute::NextMonday, 2007),
    easter("Whit Sunday", 49, LV_LAW).from(1996),
    fixed("Midsummer Eve", 6, 23, LV_LAW),
    fixed("Midsummer Day", 6, 24, LV_LAW),
    fixed("Proclamation Day", 11, 18, LV_LAW).substitute(Substitute::NextMonday, 2007),
    fixed("Christmas Eve", 12, 24, "Law of 24 May 2007 amending § 1").from(2007),
    fixed("Christmas Day", 12, 25, LV_LAW),
    fixed("Second Day of Christmas", 12, 26, LV_LAW),
    fixed("New Year's Eve", 12, 31, LV_LAW),
    once(
        "Song and Dance Celebration closing day",
        2018,
        7,
        9,
        "Law of 21 June 2018 amending § 1",
    ),
    once(
        "Latvian centenary day off",
        2018,
        9,
        24,
        "Cabinet order (python-holidays latvia.py)",
    ),
    once(
        "Ice hockey bronze medal day off",
        2023,
        5,
        29,
        "Law of 28 May 2023",
    ),
    once(
        "Song and Dance Celebration closing day",
        2023,
        7,
        10,
        "Law of 28 May 2023",
    ),
    once("Day off (moved working day)", 2024, 12, 23, LV_MOVE),
    once("Day off (moved working day)", 2024, 12, 30, LV_MOVE),
    once("Day off (moved working day)", 2025, 5, 2, LV_MOVE),
    once("Day off (moved working day)", 2025, 11, 17, LV_MOVE),
    once("Day off (moved working day)", 2026, 1, 2, LV_MOVE),
    once("Day off (moved working day)", 2026, 6, 22, LV_MOVE),
];

// ---------------------------------------------------------------------------------------------
// Lithuania
const LT_LAW: &str =
    "Darbo kodeksas (Labour Code) art. 123(1) (act identified by us; python-holidays cites none)";
const LT: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, LT_LAW),
    fixed(
        "Day of Restoration of the State of Lithuania",
        2,
        16,
        LT_LAW,
    ),
    fixed(
        "Day of Restoration of Independence of Lithuania",
        3,
        11,
        LT_LAW,
    ),
    easter("Easter Sunday", 0, LT_LAW),
    easter("Easter Monday", 1, LT_LAW),
    fixed("International Workers' Day", 5, 1, LT_LAW),
    fixed("Day of Dew and Saint John", 6, 24, LT_LAW).from(2003),
    fixed("Statehood Day", 7, 6, LT_LAW).from(1991),
    fixed("Assumption Day", 8, 15, LT_LAW),
    fixed("All Saints' Day", 11, 1, LT_LAW),
    fixed("All Souls' Day", 11, 2, LT_LAW).from(2020),
    fixed("Christmas Eve", 12, 24, LT_LAW),
    fixed("Christmas Day", 12, 25, LT_LAW),
    fixed("Second Day of Christmas", 12, 26, LT_LAW),
];

// ---------------------------------------------------------------------------------------------
// Luxembourg
const LU_LAW: &str =
    "Code du travail art. L.232-2 (act identified by us; python-holidays cites none)";
const LU: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, LU_LAW),
    easter("Easter Monday", 1, LU_LAW),
    fixed("Labour Day", 5, 1, LU_LAW),
    fixed(
        "Europe Day",
        5,
        9,
        "Loi du 25 avril 2019; Code du travail art. L.232-2",
    )
    .from(2019),
    easter("Ascension Day", 39, LU_LAW),
    easter("Whit Monday", 50, LU_LAW),
    fixed("National Day", 6, 23, LU_LAW),
    fixed("Assumption Day", 8, 15, LU_LAW),
    fixed("All Saints' Day", 11, 1, LU_LAW),
    fixed("Christmas Day", 12, 25, LU_LAW),
    fixed("St. Stephen's Day", 12, 26, LU_LAW),
];

// ---------------------------------------------------------------------------------------------
// Malta
const MT_LAW: &str = "National Holidays and Other Public Holidays Act (Cap. 252) art. 2";
const MT: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, MT_LAW),
    fixed("Feast of St. Paul's Shipwreck", 2, 10, MT_LAW).from(1987),
    fixed("Feast of St. Joseph", 3, 19, MT_LAW).from(1987),
    fixed("Freedom Day", 3, 31, MT_LAW).until(1986),
    fixed("Freedom Day", 3, 31, MT_LAW).from(1989),
    easter("Good Friday", -2, MT_LAW),
    fixed("Worker's Day", 5, 1, MT_LAW),
    fixed("Sette Giugno", 6, 7, MT_LAW).from(1989),
    fixed("Feast of St. Peter and St. Paul", 6, 29, MT_LAW).from(1987),
    fixed("Feast of the Assumption", 8, 15, MT_LAW),
    fixed("Feast of Our Lady of Victories", 9, 8, MT_LAW).from(1987),
    fixed("Independence Day", 9, 21, MT_LAW).from(1987),
    fixed("Feast of the Immaculate Conception", 12, 8, MT_LAW).from(1987),
    fixed("Republic Day", 12, 13, MT_LAW),
    fixed("Christmas Day", 12, 25, MT_LAW),
];

// ---------------------------------------------------------------------------------------------
// Netherlands
const NL_ATW: &str = "Algemene termijnenwet art. 3(1)";
const NL: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, NL_ATW),
    easter("Good Friday", -2, "Algemene termijnenwet art. 3(2)").time_limit(),
    easter("Easter Sunday", 0, NL_ATW),
    easter("Easter Monday", 1, NL_ATW),
    fixed("Queen's Day", 4, 30, NL_ATW).until(2013),
    fixed("King's Day", 4, 27, NL_ATW).from(2014),
    fixed(
        "Liberation Day",
        5,
        5,
        "Algemene termijnenwet art. 3(1) (an algemeen erkende feestdag every year; a paid day off depends on collective agreements)",
    ),
    easter("Ascension Day", 39, NL_ATW),
    easter("Whit Sunday", 49, NL_ATW),
    easter("Whit Monday", 50, NL_ATW),
    fixed("Christmas Day", 12, 25, NL_ATW),
    fixed("Second Day of Christmas", 12, 26, NL_ATW),
];

// ---------------------------------------------------------------------------------------------
// Poland
const PL_LAW: &str = "Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1";
const PL: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, PL_LAW),
    fixed("Epiphany", 1, 6, PL_LAW).until(1960),
    fixed(
        "Epiphany",
        1,
        6,
        "Ustawa z dnia 24 września 2010 r. (Dz.U. 2010 nr 224 poz. 1459)",
    )
    .from(2011),
    easter("Easter Sunday", 0, PL_LAW),
    easter("Easter Monday", 1, PL_LAW),
    fixed("National Day", 5, 1, PL_LAW).from(1950),
    fixed("Constitution Day", 5, 3, PL_LAW).until(1950),
    fixed("Constitution Day", 5, 3, "Ustawa z dnia 6 kwietnia 1990 r.").from(1990),
    easter("Whit Sunday", 49, PL_LAW),
    easter("Corpus Christi", 60, PL_LAW),
    fixed(
        "National Day of the Rebirth of Poland",
        7,
        22,
        "Dekret z 1945 r.",
    )
    .years(1945, 1989),
    fixed("Assumption Day", 8, 15, PL_LAW).until(1960),
    fixed("Assumption Day", 8, 15, "Ustawa z dnia 28 lipca 1989 r.").from(1989),
    fixed("All Saints' Day", 11, 1, PL_LAW),
    fixed(
        "Independence Day",
        11,
        11,
        "Ustawa z dnia 18 kwietnia 1937 r.",
    )
    .years(1937, 1944),
    fixed(
        "Independence Day",
        11,
        11,
        "Ustawa z dnia 15 lutego 1989 r.",
    )
    .from(1989),
    once(
        "National Independence Day (100th anniversary)",
        2018,
        11,
        12,
        "Ustawa z dnia 7 listopada 2018 r.",
    ),
    fixed("Christmas Eve", 12, 24, "Dz.U. 2024 poz. 1965").from(2025),
    fixed("Christmas Day", 12, 25, PL_LAW),
    fixed("Second Day of Christmas", 12, 26, PL_LAW),
];

// ---------------------------------------------------------------------------------------------
// Portugal
const PT_LAW: &str =
    "Código do Trabalho art. 234(1) (act identified by us; python-holidays cites none)";
const PT_SUSPENDED: &str = "Código do Trabalho art. 234(1); suspended 2013–2015 by Lei n.º 23/2012";
const PT: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, PT_LAW),
    easter("Good Friday", -2, PT_LAW),
    easter("Easter Sunday", 0, PT_LAW),
    fixed("Freedom Day", 4, 25, PT_LAW).from(1974),
    fixed("Labour Day", 5, 1, PT_LAW).from(1974),
    easter("Corpus Christi", 60, PT_SUSPENDED).until(2012),
    easter("Corpus Christi", 60, PT_SUSPENDED).from(2016),
    fixed("Day of Portugal", 6, 10, PT_LAW).from(1911),
    fixed("Assumption Day", 8, 15, PT_LAW),
    fixed("Republic Day", 10, 5, PT_SUSPENDED).years(1910, 2012),
    fixed("Republic Day", 10, 5, PT_SUSPENDED).from(2016),
    fixed("All Saints' Day", 11, 1, PT_SUSPENDED).until(2012),
    fixed("All Saints' Day", 11, 1, PT_SUSPENDED).from(2016),
    fixed("Restoration of Independence Day", 12, 1, PT_SUSPENDED).years(1823, 2012),
    fixed("Restoration of Independence Day", 12, 1, PT_SUSPENDED).from(2016),
    fixed("Immaculate Conception", 12, 8, PT_LAW),
    fixed("Christmas Day", 12, 25, PT_LAW),
];
const PT_REGIONS: &[RegionRules] = &[
    region(
        "20",
        "Azores",
        &[easter("Azores Day", 50, "Decreto Regional n.º 13/80/A").from(1981)],
    ),
    region(
        "30",
        "Madeira",
        &[
            fixed("Madeira Day", 7, 1, "Decreto Regional n.º 18/79/M").from(1979),
            fixed(
                "First Octave",
                12,
                26,
                "Decreto Legislativo Regional n.º 7/2002/M",
            )
            .from(2002),
        ],
    ),
];

// ---------------------------------------------------------------------------------------------
// Romania (Orthodox Easter)
const RO_LAW: &str = "Codul muncii (Legea nr. 53/2003) art. 139(1)";
const RO: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, RO_LAW),
    fixed("New Year's Day", 1, 2, RO_LAW),
    fixed("Epiphany", 1, 6, "Legea nr. 52/2023").from(2024),
    fixed("Saint John the Baptist", 1, 7, "Legea nr. 52/2023").from(2024),
    fixed(
        "Unification of the Romanian Principalities Day",
        1,
        24,
        "Legea nr. 176/2016",
    )
    .from(2017),
    easter("Good Friday", -2, "Legea nr. 64/2018").from(2018),
    easter("Easter Sunday", 0, RO_LAW),
    easter("Easter Monday", 1, RO_LAW),
    fixed("Labour Day", 5, 1, RO_LAW),
    fixed("Children's Day", 6, 1, "Legea nr. 220/2016").from(2017),
    easter("Whit Sunday", 49, "Legea nr. 202/2008").from(2009),
    easter("Whit Monday", 50, "Legea nr. 202/2008").from(2009),
    fixed("Assumption Day", 8, 15, "Legea nr. 202/2008").from(2009),
    fixed("Saint Andrew's Day", 11, 30, "Legea nr. 147/2012").from(2012),
    fixed("National Day", 12, 1, RO_LAW),
    fixed("Christmas Day", 12, 25, RO_LAW),
    fixed("Second Day of Christmas", 12, 26, RO_LAW),
];

// ---------------------------------------------------------------------------------------------
// Slovakia
const SK_LAW: &str = "Zákon č. 241/1993 Z. z. o štátnych sviatkoch, dňoch pracovného pokoja a pamätných dňoch, § 1 and § 2";
const SK_2026: &str = "Zákon č. 241/1993 Z. z.; not a day off in 2026 under Zákon č. 261/2025 Z. z. (python-holidays treats this as 2026 only; not checked beyond)";
const SK: &[HolidayRule] = &[
    fixed(
        "Day of the Establishment of the Slovak Republic",
        1,
        1,
        SK_LAW,
    ),
    fixed("Epiphany", 1, 6, SK_LAW),
    easter("Good Friday", -2, SK_LAW),
    easter("Easter Monday", 1, SK_LAW),
    fixed("Labour Day", 5, 1, SK_LAW),
    fixed("Day of Victory over Fascism", 5, 8, SK_2026).years(1997, 2025),
    fixed("Day of Victory over Fascism", 5, 8, SK_2026).from(2027),
    fixed("Saints Cyril and Methodius Day", 7, 5, SK_LAW),
    fixed("Slovak National Uprising Anniversary", 8, 29, SK_LAW),
    fixed(
        "Constitution Day",
        9,
        1,
        "Zákon č. 241/1993 Z. z.; a working day from 2024 (Zákon č. 530/2023 Z. z.)",
    )
    .until(2023),
    fixed("Day of Our Lady of the Seven Sorrows", 9, 15, SK_2026).until(2025),
    fixed("Day of Our Lady of the Seven Sorrows", 9, 15, SK_2026).from(2027),
    fixed("All Saints' Day", 11, 1, SK_LAW),
    fixed(
        "Struggle for Freedom and Democracy Day",
        11,
        17,
        "Zákon č. 241/1993 Z. z.; a working day from 2025 (Zákon č. 261/2025 Z. z.)",
    )
    .years(2001, 2024),
    fixed("Christmas Eve", 12, 24, SK_LAW),
    fixed("Christmas Day", 12, 25, SK_LAW),
    fixed("Second Day of Christmas", 12, 26, SK_LAW),
];

// ---------------------------------------------------------------------------------------------
// Slovenia
const SI_LAW: &str = "Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji (Uradni list RS, št. 112/05 – UPB), čl. 1 and 2";
const SI: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, SI_LAW),
    fixed("New Year's Day", 1, 2, SI_LAW).until(2012),
    fixed(
        "New Year's Day",
        1,
        2,
        "Zakon o spremembah Zakona o praznikih (Uradni list RS, št. 19/16)",
    )
    .from(2017),
    fixed("Preseren's Day", 2, 8, SI_LAW),
    easter("Easter Sunday", 0, SI_LAW),
    easter("Easter Monday", 1, SI_LAW),
    fixed("Day of Uprising Against Occupation", 4, 27, SI_LAW),
    fixed("Labour Day", 5, 1, SI_LAW),
    fixed("Labour Day", 5, 2, SI_LAW),
    easter("Whit Sunday", 49, SI_LAW),
    fixed("Statehood Day", 6, 25, SI_LAW),
    once(
        "Solidarity Day",
        2023,
        8,
        14,
        "Zakon o interventnih ukrepih za odpravo posledic poplav (2023)",
    ),
    fixed("Assumption Day", 8, 15, SI_LAW),
    fixed("Reformation Day", 10, 31, SI_LAW),
    fixed("Day of Remembrance for the Dead", 11, 1, SI_LAW),
    fixed("Christmas Day", 12, 25, SI_LAW),
    fixed("Independence and Unity Day", 12, 26, SI_LAW),
];

// ---------------------------------------------------------------------------------------------
// Spain: the national days of the yearly BOE resolution (Estatuto de los Trabajadores art. 37.2);
// communities add and move days each year.
const ES_LAW: &str = "Estatuto de los Trabajadores art. 37.2 and Real Decreto 2001/1983 art. 45; the yearly resolution of the Dirección General de Trabajo (BOE)";
const ES: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, ES_LAW),
    fixed("Epiphany", 1, 6, ES_LAW),
    easter("Good Friday", -2, ES_LAW),
    fixed("Labour Day", 5, 1, ES_LAW),
    fixed("Assumption Day", 8, 15, ES_LAW),
    fixed("National Day", 10, 12, ES_LAW),
    fixed("All Saints' Day", 11, 1, ES_LAW),
    fixed("Constitution Day", 12, 6, ES_LAW),
    fixed("Immaculate Conception", 12, 8, ES_LAW),
    fixed("Christmas Day", 12, 25, ES_LAW),
];
const ES_CT: &str =
    "the Generalitat de Catalunya's yearly order on the labour calendar (python-holidays spain.py)";
const ES_MD: &str =
    "the Comunidad de Madrid's yearly decree on the labour calendar (python-holidays spain.py)";
const ES_REGIONS: &[RegionRules] = &[
    RegionRules {
        code: "ct",
        name: "Catalonia",
        holidays: &[
            easter("Easter Monday", 1, ES_CT),
            fixed("Saint John the Baptist", 6, 24, ES_CT),
            fixed("National Day of Catalonia", 9, 11, ES_CT),
            fixed("Saint Stephen's Day", 12, 26, ES_CT),
        ],
        note: "Catalonia's calendar is set each year; Whit Monday in a year when 1 May is a Sunday, and the two local days of each municipality, are not included",
    },
    RegionRules {
        code: "md",
        name: "Community of Madrid",
        holidays: &[
            fixed("Epiphany (moved)", 1, 6, ES_MD).substitute(Substitute::MondayAfterSunday, 2008),
            easter("Maundy Thursday", -3, ES_MD),
            fixed("Madrid Day", 5, 2, ES_MD).substitute(Substitute::MondayAfterSunday, 2008),
            once("Saint James' Day", 2024, 7, 25, ES_MD),
            once("Saint James' Day", 2025, 7, 25, ES_MD),
            fixed("All Saints' Day (moved)", 11, 1, ES_MD)
                .substitute(Substitute::MondayAfterSunday, 2020),
            fixed("Constitution Day (moved)", 12, 6, ES_MD)
                .substitute(Substitute::MondayAfterSunday, 2020),
            fixed("Christmas Day (moved)", 12, 25, ES_MD)
                .substitute(Substitute::MondayAfterSunday, 2016),
        ],
        note: "Madrid's calendar is set each year; days it adds when a national holiday falls on a Sunday (19 March, 25 July) are included only for years already decreed (to 2026), and municipal days are not included",
    },
];

// ---------------------------------------------------------------------------------------------
// Sweden
const SE_LAW: &str = "Lag (1989:253) om allmänna helgdagar 1 §";
const SE_EVE: &str = "Lag (1930:173) om beräkning av lagstadgad tid 2 § (not a public holiday; a non-working day for time limits)";
const SE: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, SE_LAW),
    fixed("Epiphany", 1, 6, SE_LAW),
    easter("Good Friday", -2, SE_LAW),
    easter("Easter Sunday", 0, SE_LAW),
    easter("Easter Monday", 1, SE_LAW),
    fixed("May Day", 5, 1, SE_LAW),
    easter("Ascension Day", 39, SE_LAW),
    easter("Whit Sunday", 49, SE_LAW),
    easter("Whit Monday", 50, "Lag (1989:253) 1 § before SFS 2004:1320").until(2004),
    fixed(
        "National Day of Sweden",
        6,
        6,
        "Lag (1989:253) 1 § as amended by SFS 2004:1320",
    )
    .from(2005),
    weekday_from("Midsummer Eve", 6, 19, Weekday::Fri, SE_EVE).time_limit(),
    weekday_from(
        "Midsummer Day",
        6,
        20,
        Weekday::Sat,
        "Lag (1989:253) om allmänna helgdagar 1 och 2 §§",
    ),
    weekday_from(
        "All Saints' Day",
        10,
        31,
        Weekday::Sat,
        "Lag (1989:253) om allmänna helgdagar 1 och 2 §§",
    ),
    fixed("Christmas Eve", 12, 24, SE_EVE).time_limit(),
    fixed("Christmas Day", 12, 25, SE_LAW),
    fixed("Second Day of Christmas", 12, 26, SE_LAW),
    fixed("New Year's Eve", 12, 31, SE_EVE).time_limit(),
];

// ---------------------------------------------------------------------------------------------
// Iceland
const IS_LAW: &str = "Lög nr. 88/1971 um 40 stunda vinnuviku, 6. gr.";
const IS: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, IS_LAW),
    easter("Maundy Thursday", -3, IS_LAW),
    easter("Good Friday", -2, IS_LAW),
    easter("Easter Sunday", 0, IS_LAW),
    easter("Easter Monday", 1, IS_LAW),
    weekday_from("First Day of Summer", 4, 19, Weekday::Thu, IS_LAW),
    fixed("Labour Day", 5, 1, IS_LAW),
    easter("Ascension Day", 39, IS_LAW),
    easter("Whit Sunday", 49, IS_LAW),
    easter("Whit Monday", 50, IS_LAW),
    fixed("National Day", 6, 17, IS_LAW),
    weekday_from("Commerce Day", 8, 1, Weekday::Mon, IS_LAW).from(1983),
    fixed("Christmas Day", 12, 25, IS_LAW),
    fixed("Second Day of Christmas", 12, 26, IS_LAW),
];

// ---------------------------------------------------------------------------------------------
// Liechtenstein
const LI_SRC: &str = "Liechtenstein's list of legal holidays under Art. 11 of the European Convention on the Calculation of Time-Limits (ETS No. 76), in force from 1 March 2021 (published in Austria as BGBl. III Nr. 58/2021); the EEA EFTA holiday lists in the Official Journal agree (e.g. 2014/C 27/05, OJ C 27, 30.1.2014, p. 4)";

const LI: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, LI_SRC),
    fixed("Berchtold's Day", 1, 2, LI_SRC),
    fixed("Epiphany", 1, 6, LI_SRC),
    fixed("Candlemas", 2, 2, LI_SRC),
    easter("Shrove Tuesday", -47, LI_SRC),
    fixed("Saint Joseph's Day", 3, 19, LI_SRC),
    easter("Good Friday", -2, LI_SRC),
    easter("Easter Sunday", 0, LI_SRC),
    easter("Easter Monday", 1, LI_SRC),
    fixed("Labour Day", 5, 1, LI_SRC),
    easter("Ascension Day", 39, LI_SRC),
    easter("Whit Sunday", 49, LI_SRC),
    easter("Whit Monday", 50, LI_SRC),
    easter("Corpus Christi", 60, LI_SRC),
    fixed("National Day", 8, 15, LI_SRC),
    fixed("Nativity of Mary", 9, 8, LI_SRC),
    fixed("All Saints' Day", 11, 1, LI_SRC),
    fixed("Immaculate Conception", 12, 8, LI_SRC),
    fixed("Christmas Eve", 12, 24, LI_SRC).from(2021),
    fixed("Christmas Day", 12, 25, LI_SRC),
    fixed("St. Stephen's Day", 12, 26, LI_SRC),
    fixed("New Year's Eve", 12, 31, LI_SRC),
];

// ---------------------------------------------------------------------------------------------
// Norway
const NO_LAW: &str = "Lov om helligdager og helligdagsfred (lov 24. februar 1995 nr. 12) § 2";
const NO_MAY: &str = "Lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager";
const NO: &[HolidayRule] = &[
    fixed("New Year's Day", 1, 1, NO_LAW),
    easter("Maundy Thursday", -3, NO_LAW),
    easter("Good Friday", -2, NO_LAW),
    easter("Easter Sunday", 0, NO_LAW),
    easter("Easter Monday", 1, NO_LAW),
    fixed("Labour Day", 5, 1, NO_MAY).from(1947),
    fixed("Constitution Day", 5, 17, NO_MAY).from(1947),
    easter("Ascension Day", 39, NO_LAW),
    easter("Whit Sunday", 49, NO_LAW),
    easter("Whit Monday", 50, NO_LAW),
    fixed("Christmas Day", 12, 25, NO_LAW),
    fixed("Second Day of Christmas", 12, 26, NO_LAW),
];

const fn state(
    code: &'static str,
    name: &'static str,
    easter: Easter,
    known_from: i32,
    holidays: &'static [HolidayRule],
) -> StateRules {
    StateRules {
        code,
        name,
        easter,
        known_from,
        holidays,
        regions: &[],
        note: "",
    }
}

/// The 30 states, in the order of the EU's protocol list, then the EEA states.
pub(super) static STATES: &[StateRules] = &[
    StateRules {
        regions: AT_REGIONS,
        note: "the Länder's patron saints' days are not public holidays, so a region's calendar is the national one",
        ..state("at", "Austria", Easter::Western, 1934, AT)
    },
    state("be", "Belgium", Easter::Western, 1974, BE),
    StateRules {
        note: "working-day swaps decreed for a year are included for 2025–2026 only; substitute days follow the Labour Code from 2017",
        ..state("bg", "Bulgaria", Easter::Orthodox, 1991, BG)
    },
    state("hr", "Croatia", Easter::Western, 1992, HR),
    state("cy", "Cyprus", Easter::Orthodox, 1961, CY),
    state("cz", "Czechia", Easter::Western, 1952, CZ),
    StateRules {
        note: "5 June, 24 and 31 December are not public holidays; forældelsesloven § 27, stk. 2, treats them so for its own limitation periods only, no act of general application was found, and they are not included (the same reason leaves out Austria's 24 December)",
        ..state("dk", "Denmark", Easter::Western, 1771, DK)
    },
    state("ee", "Estonia", Easter::Western, 1991, EE),
    StateRules {
        regions: FI_REGIONS,
        note: "the same days as `Finland`, applied to every year (from 1973 to 1990 Epiphany and Ascension Day were moved to Saturdays, and before 1955 Midsummer and All Saints' Day had fixed dates)",
        ..state("fi", "Finland", Easter::Western, 1991, FI)
    },
    StateRules {
        regions: FR_REGIONS,
        ..state("fr", "France", Easter::Western, 1803, FR)
    },
    StateRules {
        regions: DE_REGIONS,
        note: "Sundays that are holidays change nothing for time limits and are listed only where a Land's act names them",
        ..state("de", "Germany", Easter::Western, 1991, DE)
    },
    StateRules {
        note: "Labour Day moves are decided by ministerial decision; the general rule (a weekend or Easter Monday moves it to the next working day) follows python-holidays",
        ..state("gr", "Greece", Easter::Orthodox, 1901, GR)
    },
    StateRules {
        note: "working-day swaps decreed for a year are included for 2024–2026 only",
        ..state("hu", "Hungary", Easter::Western, 1945, HU)
    },
    state("ie", "Ireland", Easter::Western, 1975, IE),
    state("it", "Italy", Easter::Western, 1949, IT),
    StateRules {
        note: "working days moved by Cabinet order are included for 2024–2026 only",
        ..state("lv", "Latvia", Easter::Western, 1991, LV)
    },
    state("lt", "Lithuania", Easter::Western, 1990, LT),
    state("lu", "Luxembourg", Easter::Western, 1901, LU),
    state("mt", "Malta", Easter::Western, 1980, MT),
    StateRules {
        note: "days assimilated by royal decree under the Algemene termijnenwet art. 3(3) (bridge days, set every few years in the Staatscourant) are not included: their dates could not be checked against the decree, and leaving them out can only make a deadline earlier",
        ..state("nl", "Netherlands", Easter::Western, 1966, NL)
    },
    state("pl", "Poland", Easter::Western, 1951, PL),
    StateRules {
        regions: PT_REGIONS,
        ..state("pt", "Portugal", Easter::Western, 1974, PT)
    },
    state("ro", "Romania", Easter::Orthodox, 1997, RO),
    state("sk", "Slovakia", Easter::Western, 1993, SK),
    state("si", "Slovenia", Easter::Western, 1992, SI),
    StateRules {
        regions: ES_REGIONS,
        note: "the national days only; each community replaces or adds days every year",
        ..state("es", "Spain", Easter::Western, 2008, ES)
    },
    state("se", "Sweden", Easter::Western, 2005, SE),
    StateRules {
        note: "24 and 31 December are working days until 13:00 and are not included",
        ..state("is", "Iceland", Easter::Western, 1983, IS)
    },
    state("li", "Liechtenstein", Easter::Western, 1901, LI),
    state("no", "Norway", Easter::Western, 1947, NO),
];
