use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::BAD_INPUT;
use crate::retention::{Decision, LegalHold, NamedEvent, RecordFacts, SweepPlanner};

const HEADER: [&str; 6] = [
    "record",
    "rule",
    "collected",
    "last_activity",
    "ended",
    "hold",
];

pub(super) fn run(register_path: &Path, records_path: &Path, as_of: NaiveDate) -> ExitCode {
    let register = match crate::file::load(register_path) {
        Ok(register) => register,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let text = match std::fs::read_to_string(records_path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "error: {}: cannot read the file: {e}",
                records_path.display()
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    match sweep(&register, &text, as_of) {
        Ok(lines) => {
            print!("{lines}");
            ExitCode::SUCCESS
        }
        Err((line, message)) => {
            eprintln!("error: {}:{line}: {message}", records_path.display());
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Evaluates every record; the report, or the first bad line with its number.
fn sweep(
    register: &crate::model::Register,
    text: &str,
    as_of: NaiveDate,
) -> Result<String, (usize, String)> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix('\r').unwrap_or(line)));
    let Some((_, header)) = lines.next() else {
        return Err((
            1,
            format!(
                "the file is empty; the first line must be the header {}",
                HEADER.join(",")
            ),
        ));
    };
    let header = split(header).map_err(|e| (1, e))?;
    if header != HEADER {
        return Err((1, format!("the header must be `{}`", HEADER.join(","))));
    }
    let mut planner = SweepPlanner::new(register, as_of);
    let mut out = String::new();
    for (number, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let fields = split(line).map_err(|e| (number, e))?;
        if fields.len() != HEADER.len() {
            return Err((
                number,
                format!(
                    "expected {} fields ({}), found {}",
                    HEADER.len(),
                    HEADER.join(","),
                    fields.len()
                ),
            ));
        }
        let date = |column: usize| -> Result<Option<NaiveDate>, (usize, String)> {
            let value = fields[column].trim();
            if value.is_empty() {
                return Ok(None);
            }
            crate::model::date::parse(value)
                .map(Some)
                .map_err(|e| (number, format!("{}: {e}", HEADER[column])))
        };
        let record = fields[0].trim();
        if record.is_empty() {
            return Err((number, "record: the record id is empty".into()));
        }
        let ended = date(4)?;
        let rule = fields[1].trim();
        // `ended` is also the day of the rule's named event, where its trigger is one.
        let events = match (
            register
                .retention_rule(rule)
                .and_then(|r| r.policy.trigger()),
            ended,
        ) {
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
            holds: match fields[5].trim() {
                "" => Vec::new(),
                reason => vec![LegalHold::indefinite(reason)],
            },
            ..RecordFacts::default()
        };
        let decision = planner
            .add((), rule, &facts)
            .map_err(|e| (number, format!("rule: {e}")))?;
        let date = match decision {
            Decision::Unknown { .. } => "-".to_owned(),
            _ => decision
                .expires_on()
                .map_or_else(|| "-".to_owned(), |d| d.to_string()),
        };
        out.push_str(&format!("{record}\t{}\t{date}\n", decision.status()));
    }
    let plan = planner.finish();
    let c = plan.counts;
    out.push_str(&format!(
        "summary: {} records as of {as_of}: {} keep, {} due ({} erase, {} anonymise{}), {} held, {} unknown; next due {}\n",
        c.records,
        c.keep,
        c.due(),
        c.erase,
        c.anonymise,
        if c.archive > 0 {
            format!(", {} archive", c.archive)
        } else {
            String::new()
        },
        c.held,
        c.unknown,
        plan.next_due.map_or_else(|| "-".to_owned(), |d| d.to_string()),
    ));
    Ok(out)
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
