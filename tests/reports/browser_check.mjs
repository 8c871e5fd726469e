// Opens each report.html in Debian's headless Chromium (through puppeteer-core;
// no browser is ever downloaded) and checks what a reader's browser would do:
// no request of any kind leaves the page, no console error, no dialog, no
// script runs; the page's text holds every verdict the report gives; a
// screenshot at desktop and at 375 px phone width, and a print to PDF.
// Usage: node browser_check.mjs CHROMIUM ARTIFACT_DIR REPORT_DIR...
// Exit 0 when every page passes; 1 with one line per problem otherwise.
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, "../../package.json"));
const puppeteer = require("puppeteer-core");

const [chromium, artifacts, ...reportDirs] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
let problems = 0;
const problem = (dir, what) => {
  problems++;
  console.log(`${dir}: ${what}`);
};

for (const [n, dir] of reportDirs.entries()) {
  const report = JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8"));
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  let dialogs = 0;
  await page.setRequestInterception(true);
  const url = pathToFileURL(path.join(dir, "report.html")).href;
  // The page itself and its inlined data: images are no request to anywhere; anything else is.
  page.on("request", (r) => {
    const inside = r.url() === url || r.url().startsWith("data:");
    if (!inside) requests.push(r.url().slice(0, 120));
    inside ? r.continue() : r.abort();
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(url, { waitUntil: "load" });
  if (requests.length) problem(dir, `the page asked for ${requests.length} resources: ${requests.slice(0, 3).join(", ")}`);
  if (errors.length) problem(dir, `console errors: ${errors.slice(0, 3).join(" | ")}`);
  if (dialogs) problem(dir, `${dialogs} dialogs opened`);
  const scripts = await page.evaluate(() => document.scripts.length);
  if (scripts) problem(dir, `${scripts} script elements in the page`);
  const text = await page.evaluate(() => document.body.innerText);
  for (const check of report.checks) {
    if (!text.includes(check.verdict) || !text.includes(check.kind)) problem(dir, `check ${check.kind} ${check.verdict} not shown`);
  }
  const name = `report-${n + 1}`;
  await page.screenshot({ path: path.join(artifacts, `${name}-desktop.png`), fullPage: true });
  await page.setViewport({ width: 375, height: 800, isMobile: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) problem(dir, `wider than a 375 px phone by ${overflow} px`);
  await page.screenshot({ path: path.join(artifacts, `${name}-phone.png`), fullPage: true });
  const pdf = await page.pdf({ path: path.join(artifacts, `${name}.pdf`), printBackground: true });
  if (!pdf || pdf.length < 1000) problem(dir, "printing to PDF gave nothing");
  await page.close();
}
await browser.close();
console.log(`${reportDirs.length} pages checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
