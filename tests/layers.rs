//! The layers: no module imports from a module above it, and the README's layer table lists
//! the modules in this order.

use std::path::Path;

/// From the bottom up. A module may use the modules before it, never those after it.
const LAYERS: &[&str] = &[
    "text",
    "legal",
    "model",
    "files",
    "calendar",
    "subject",
    "matrix",
    "lint",
    "request",
    "retention",
    "notice",
    "store",
    "desk",
    "tokio",
    "strategies",
    "cli",
];

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// (file:line, module, the module it uses) for every `crate::` path in code, comments left out.
fn uses() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut found = Vec::new();
    for file in files {
        let relative = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let module = relative.split(['/', '.']).next().unwrap().to_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap();
            for (at, _) in code.match_indices("crate::") {
                let used: String = code[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if !used.is_empty() && used != module {
                    found.push((format!("{relative}:{}", i + 1), module.clone(), used));
                }
            }
        }
    }
    found
}

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|m| *m == module)
}

#[test]
fn no_module_uses_a_higher_one() {
    let mut upward = Vec::new();
    for (place, module, used) in uses() {
        if let (Some(from), Some(to)) = (rank(&module), rank(&used))
            && to > from
        {
            upward.push(format!("{place}: {module} uses {used}, a higher layer"));
        }
    }
    assert!(upward.is_empty(), "{}", upward.join("\n"));
}

#[test]
fn every_module_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let module = name.trim_end_matches(".rs");
        if ["lib", "main", "macros"].contains(&module) {
            continue;
        }
        assert!(
            rank(module).is_some(),
            "src/{name} is in no layer; add it to LAYERS"
        );
    }
}

#[test]
fn the_readme_layer_table_is_the_layer_order() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("## Layers")
        .nth(1)
        .expect("the README has a Layers section");
    let listed: Vec<&str> = section
        .lines()
        .skip_while(|line| !line.starts_with("| layer"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .next()
                .unwrap()
                .trim()
                .trim_matches('`')
        })
        .collect();
    assert_eq!(listed, LAYERS, "the README's layer table, bottom first");
}
