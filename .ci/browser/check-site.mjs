// Checks every HTML page under a folder in headless Chromium.
//
//   node check-site.mjs SITE_DIR EXPECTATIONS.json SCREENSHOT_DIR
//
// For each page: axe-core with the WCAG 2.0/2.1 A and AA rules; one h1, headings that never
// skip a level, tables with header cells and a caption, a `lang` on the page, link texts that
// are not empty. For each page listed in EXPECTATIONS ({"pages": [{"path", "texts": [...],
// "screenshot": "name.png" | null}]}): its rendered text contains every listed text (the
// register's name and section headings), and a screenshot is taken when asked.
//
// Prints one JSON report on standard output; exits 1 when anything failed, 2 on bad usage.
import { readdirSync, readFileSync, statSync, mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const [siteDir, expectationsPath, screenshotDir] = process.argv.slice(2);
if (!siteDir || !expectationsPath || !screenshotDir) {
  console.error("usage: node check-site.mjs SITE_DIR EXPECTATIONS.json SCREENSHOT_DIR");
  process.exit(2);
}
const expectations = JSON.parse(readFileSync(expectationsPath, "utf8"));
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(screenshotDir, { recursive: true });

function htmlFiles(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return name.endsWith(".html") ? [path] : [];
    })
    .sort();
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const report = { pages: [], failures: 0 };
try {
  for (const file of htmlFiles(resolve(siteDir))) {
    const path = relative(resolve(siteDir), file).split("\\").join("/");
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1400 });
    await page.goto("file://" + file, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
      }));
    });
    const structure = await page.evaluate(() => {
      const problems = [];
      if (!document.documentElement.lang) problems.push("the page has no lang");
      const h1 = document.querySelectorAll("h1").length;
      if (h1 !== 1) problems.push(`${h1} h1 elements; a page has one`);
      let level = 0;
      for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
        const next = Number(h.tagName[1]);
        if (next > level + 1) problems.push(`heading "${h.textContent}" skips from h${level} to h${next}`);
        level = next;
      }
      for (const table of document.querySelectorAll("table")) {
        if (!table.querySelector("caption")) problems.push("a table without a caption");
        if (!table.querySelector("th")) problems.push("a table without header cells");
      }
      for (const a of document.querySelectorAll("a")) {
        if (!a.textContent.trim()) problems.push(`a link to ${a.getAttribute("href")} has no text`);
      }
      return problems;
    });
    const expected = (expectations.pages || []).find((p) => p.path === path);
    const missingTexts = [];
    let screenshot = null;
    if (expected) {
      const text = await page.evaluate(() => document.body.innerText);
      const normalize = (s) => s.replace(/\s+/g, " ").trim();
      const shown = normalize(text);
      for (const wanted of expected.texts) {
        if (!shown.includes(normalize(wanted))) missingTexts.push(wanted);
      }
      if (expected.screenshot) {
        screenshot = join(screenshotDir, expected.screenshot);
        await page.screenshot({ path: screenshot, fullPage: false });
      }
    }
    const failures = axe.length + structure.length + missingTexts.length;
    report.failures += failures;
    report.pages.push({ path, violations: axe, structure, missingTexts, screenshot });
    await page.close();
  }
} finally {
  await browser.close();
}
for (const page of expectations.pages || []) {
  if (!report.pages.some((p) => p.path === page.path)) {
    report.failures += 1;
    report.pages.push({ path: page.path, violations: [], structure: ["the expected page does not exist"], missingTexts: [], screenshot: null });
  }
}
console.log(JSON.stringify(report, null, 2));
process.exit(report.failures === 0 ? 0 : 1);
