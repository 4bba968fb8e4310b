//! Renders a register's notice: `cargo run --example render_notice -- FILE LANG FORMAT`.

use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let register = gdpr::files::load(&args[1])?;
    let language = args[2].parse()?;
    let format = match args[3].as_str() {
        "md" => NoticeFormat::Markdown,
        "html" => NoticeFormat::Html,
        "json" => NoticeFormat::Json,
        _ => NoticeFormat::Text,
    };
    print!(
        "{}",
        NoticeRenderer::new().render(&NoticeDocument::build(&register, language), format)?
    );
    Ok(())
}
