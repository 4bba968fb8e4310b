// Drives the reference request service in headless Chromium the way people use it:
// a subject files an access request in Finnish, staff signs in, verifies, carries out and
// completes it, and the subject's status page shows it done. axe-core (WCAG 2.0/2.1 A and
// AA) runs on every page on the way.
//
//   node request-flow.mjs BASE_URL STAFF_TOKEN SCREENSHOT_DIR
//
// Prints one JSON report; exits 1 when a step or a page failed, 2 on bad usage.
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const [base, token, shots] = process.argv.slice(2);
if (!base || !token || !shots) {
  console.error("usage: node request-flow.mjs BASE_URL STAFF_TOKEN SCREENSHOT_DIR");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const report = { pages: [], steps: [], failures: 0 };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

async function audit(page, name) {
  // Evaluated through the DevTools protocol: the service's content security policy forbids
  // inline scripts, and stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  const lang = await page.evaluate(() => document.documentElement.lang);
  const h1 = await page.evaluate(() => document.querySelectorAll("h1").length);
  const problems = [];
  if (!lang) problems.push("no lang");
  if (h1 !== 1) problems.push(`${h1} h1 elements`);
  report.failures += violations.length + problems.length;
  report.pages.push({ name, url: page.url().replace(/\/[0-9a-f]{32}/, "/<token>"), lang, violations, problems });
}

function step(name, ok, detail) {
  report.steps.push({ name, ok, detail });
  if (!ok) report.failures += 1;
}

const text = (page, selector) => page.$eval(selector, (e) => e.textContent.trim());

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.setExtraHTTPHeaders({ "Accept-Language": "fi-FI,fi;q=0.9,en;q=0.5" });

  // The subject.
  await page.goto(base + "/", { waitUntil: "load" });
  await audit(page, "form");
  await page.type("#contact", "demo@example.fi");
  await page.type("#message", "Pyydän kopion kaikista minua koskevista tiedoista.");
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  await audit(page, "receipt");
  const reference = await text(page, "#reference");
  const received = await page.$eval("#received", (e) => e.getAttribute("datetime"));
  const due = await page.$eval("#due", (e) => e.getAttribute("datetime"));
  const statusUrl = await page.$eval("#status-link", (e) => e.href);
  report.receipt = { reference, received, due };
  step("receipt shows a reference", /^[0-9a-f-]{36}$/.test(reference), reference);
  await page.goto(statusUrl, { waitUntil: "load" });
  await audit(page, "status (open)");
  step("status is open", (await text(page, "#status")) === "Käsittelyssä", await text(page, "#status"));

  // Staff.
  const staff = await browser.newPage();
  await staff.setViewport({ width: 1100, height: 700 });
  await staff.goto(base + "/staff", { waitUntil: "load" });
  step("staff pages need signing in", staff.url().endsWith("/staff/login"), staff.url());
  await audit(staff, "staff sign-in");
  await staff.type("#token", token);
  await Promise.all([staff.waitForNavigation(), staff.click("button[type=submit]")]);
  await audit(staff, "queue");
  await staff.screenshot({ path: join(shots, "service-queue.png") });
  await Promise.all([staff.waitForNavigation(), staff.click(`a[href="/staff/requests/${reference}"]`)]);
  await audit(staff, "request");
  await staff.type("#method", "vahva sähköinen tunnistus (Suomi.fi)");
  await Promise.all([staff.waitForNavigation(), staff.click(`form[action$="/verify"] button`)]);
  await Promise.all([staff.waitForNavigation(), staff.click(`form[action$="/carry-out"] button`)]);
  await audit(staff, "request (carried out)");
  step("still open after carrying out", (await text(staff, "#status")) === "In progress", await text(staff, "#status"));
  await Promise.all([staff.waitForNavigation(), staff.click(`form[action$="/complete"] button`)]);
  await audit(staff, "request (completed)");
  step("completed", (await text(staff, "#status")) === "Fulfilled", await text(staff, "#status"));
  step("audit chain intact", (await text(staff, "#chain")).startsWith("intact"), await text(staff, "#chain"));

  // The subject again.
  await page.goto(statusUrl, { waitUntil: "load" });
  await audit(page, "status (done)");
  report.finalStatus = await text(page, "#status");
  step("the subject sees it done", report.finalStatus === "Toteutettu", report.finalStatus);
} catch (error) {
  step("the flow ran to its end", false, String(error));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));
process.exit(report.failures === 0 ? 0 : 1);
