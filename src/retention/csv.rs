//! The records CSV of `gdpr retention`: one line per record with its rule and dates, evaluated
//! against a register on a date.
//!
//! ```
//! let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
//! let csv = "record,rule,collected,last_activity,ended,hold\nu1,users,,2025-10-01,,\n";
//! let report = gdpr::retention::csv::evaluate_csv(&register, csv, "2026-11-24".parse()?)?;
//! assert_eq!(report.lines, "u1\tdue\t2026-10-02\nsummary: 1 records as of 2026-11-24: 0 keep, 1 due (1 erase, 0 anonymise), 0 held, 0 unknown; next due -\n");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::NaiveDate;

use super::{Decision, LegalHold, NamedEvent, RecordFacts, SweepPlanner};

/// The header every records CSV starts with.
pub const HEADER: [&str; 6] = [
    "record",
    "rule",
    "collected",
    "last_activity",
    "ended",
    "hold",
];

/// The evaluation of a records CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvReport {
    /// One tab-separated line per record (record, status, expires_on) and a summary line.
    pub lines: String,
    /// Lines worth a warning: (line number, what).
    pub warnings: Vec<(usize, String)>,
}

/// A bad line of a records CSV.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CsvError {
    /// The 1-based line.
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// Hold values that read as "no hold" but would hold the record.
const NOT_A_HOLD: [&str; 7] = ["no", "false", "0", "none", "n", "off", "-"];

/// Evaluates every record of a records CSV (header [`HEADER`]; RFC 4180 quoting; an optional
/// byte-order mark) against `register` on `as_of`.
///
/// `ended` is the day the relationship ended, the record was superseded or the rule's named
/// event happened, whichever the rule's trigger uses; a non-empty `hold` holds the record.
///
/// # Errors
/// The first bad line: a malformed field, an unknown rule, a record listed twice, a control
/// character in a record id, a `hold` of `no`, `false`, `0` or `none` (which would hold).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let csv = "record,rule,collected,last_activity,ended,hold\n\
///            u-1,users,,2025-11-24,,\n\
///            u-2,users,,2026-06-01,,\n";
/// let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
/// let report = gdpr::retention::csv::evaluate_csv(&register, csv, today)?;
/// // Twelve months from the last login: u-1 is due today, u-2 is kept until 2 June 2027.
/// assert!(report.lines.starts_with("u-1\tdue\t2026-11-25\nu-2\tkeep\t2027-06-02\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate_csv(
    register: &crate::model::Register,
    text: &str,
    as_of: NaiveDate,
) -> Result<CsvReport, CsvError> {
    sweep(register, text, as_of)
        .map(|(lines, warnings)| CsvReport { lines, warnings })
        .map_err(|(line, message)| CsvError { line, message })
}

/// A message about a line: (line number, message).
type Located = (usize, String);

fn sweep(
    register: &crate::model::Register,
    text: &str,
    as_of: NaiveDate,
) -> Result<(String, Vec<Located>), Located> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix('\r').unwrap_or(line)));
    let Some((_, header)) = lines.next() else {
        let header = HEADER.join(",");
        return Err((
            1,
            format!("the file is empty; the first line must be the header {header}"),
        ));
    };
    if split(header).map_err(|e| (1, e))? != HEADER {
        return Err((1, format!("the header must be `{}`", HEADER.join(","))));
    }
    let mut seen = std::collections::HashMap::new();
    let mut warnings = Vec::new();
    let mut planner = SweepPlanner::new(register, as_of);
    let mut out = String::new();
    for (number, line) in lines.filter(|(_, line)| !line.trim().is_empty()) {
        let row = Row::parse(register, number, line, &mut seen)?;
        let decision = planner
            .add((), &row.rule, &row.facts)
            .map_err(|e| (number, format!("rule: {e}")))?;
        if let Decision::Unknown {
            reason: super::UnknownReason::OutOfRange,
        } = decision
        {
            warnings.push((
                number,
                format!("record `{}`: under rule `{}` its period ends after 9999-12-31; it is reported as unknown, not kept for ever", row.record, row.rule),
            ));
        }
        let date = match decision {
            Decision::Unknown { .. } => "-".to_owned(),
            _ => decision
                .expires_on()
                .map_or_else(|| "-".to_owned(), |d| d.to_string()),
        };
        out.push_str(&format!("{}\t{}\t{date}\n", row.record, decision.status()));
    }
    out.push_str(&summary(&planner.finish(), as_of));
    Ok((out, warnings))
}

/// The last line: the plan's counts and the next due date.
fn summary(plan: &super::SweepPlan<()>, as_of: NaiveDate) -> String {
    let c = plan.counts;
    let archive = if c.archive > 0 {
        format!(", {} archive", c.archive)
    } else {
        String::new()
    };
    format!(
        "summary: {} records as of {as_of}: {} keep, {} due ({} erase, {} anonymise{archive}), {} held, {} unknown; next due {}\n",
        c.records,
        c.keep,
        c.due(),
        c.erase,
        c.anonymise,
        c.held,
        c.unknown,
        plan.next_due
            .map_or_else(|| "-".to_owned(), |d| d.to_string()),
    )
}

/// One record line, checked: its id, rule and facts.
struct Row {
    record: String,
    rule: String,
    facts: RecordFacts,
}

impl Row {
    /// Parses line `number`; `seen` holds the ids of the lines before, to refuse duplicates.
    fn parse(
        register: &crate::model::Register,
        number: usize,
        line: &str,
        seen: &mut std::collections::HashMap<String, usize>,
    ) -> Result<Self, Located> {
        let fields = split(line).map_err(|e| (number, e))?;
        if fields.len() != HEADER.len() {
            let expected = format!("expected {} fields ({})", HEADER.len(), HEADER.join(","));
            return Err((number, format!("{expected}, found {}", fields.len())));
        }
        let date = |column: usize| -> Result<Option<NaiveDate>, Located> {
            let value = fields[column].trim();
            if value.is_empty() {
                return Ok(None);
            }
            crate::model::date::parse(value)
                .map(Some)
                .map_err(|e| (number, format!("{}: {e}", HEADER[column])))
        };
        let record = Self::record(number, fields[0].trim(), seen)?;
        let hold = fields[5].trim();
        if NOT_A_HOLD.iter().any(|no| hold.eq_ignore_ascii_case(no)) {
            return Err((
                number,
                format!(
                    "hold: `{hold}` would hold the record; leave the field empty for no hold, or write the reason for the hold"
                ),
            ));
        }
        let ended = date(4)?;
        let rule = fields[1].trim().to_owned();
        // `ended` is also the day of the rule's named event, where its trigger is one.
        let trigger = register
            .retention_rule(&rule)
            .and_then(|r| r.policy.trigger());
        let events = match (trigger, ended) {
            (Some(crate::model::Trigger::Event(name)), Some(on)) => vec![NamedEvent {
                name: name.as_str().to_owned(),
                on,
            }],
            _ => Vec::new(),
        };
        let facts = RecordFacts {
            collected: date(2)?,
            last_activity: date(3)?,
            relationship_ended: ended,
            superseded: ended,
            events,
            holds: match hold {
                "" => Vec::new(),
                reason => vec![LegalHold::indefinite(reason)],
            },
            ..RecordFacts::default()
        };
        Ok(Self {
            record,
            rule,
            facts,
        })
    }

    /// The record id: not empty, no control characters, not listed before.
    fn record(
        number: usize,
        record: &str,
        seen: &mut std::collections::HashMap<String, usize>,
    ) -> Result<String, Located> {
        if record.is_empty() {
            return Err((number, "record: the record id is empty".into()));
        }
        if record.chars().any(char::is_control) {
            return Err((
                number,
                "record: the record id holds a tab, line break or other control character, which would break the tab-separated output".into(),
            ));
        }
        if let Some(first) = seen.insert(record.to_owned(), number) {
            return Err((
                number,
                format!(
                    "record: `{record}` is listed twice (first on line {first}); give each record once"
                ),
            ));
        }
        Ok(record.to_owned())
    }
}

/// Splits one CSV line (RFC 4180: fields may be quoted, `""` is a quote inside quotes).
fn split(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => {
                quoted = false;
                if !matches!(chars.peek(), None | Some(',')) {
                    return Err("a closing quote must end its field".into());
                }
            }
            '"' if at_start => quoted = true,
            '"' => return Err("a quote inside an unquoted field; quote the whole field".into()),
            ',' if !quoted => {
                fields.push(std::mem::take(&mut field));
                at_start = true;
                continue;
            }
            c => field.push(c),
        }
        at_start = false;
    }
    if quoted {
        return Err("a quoted field is not closed".into());
    }
    fields.push(field);
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn csv_fields() {
        assert_eq!(split("a,b,,d").unwrap(), ["a", "b", "", "d"]);
        assert_eq!(
            split("\"a,b\",\"say \"\"hi\"\"\",c").unwrap(),
            ["a,b", "say \"hi\"", "c"]
        );
        assert!(split("\"open,b").is_err());
        assert!(split("a\"b,c").is_err());
        assert!(split("\"a\"b,c").is_err());
    }
}
