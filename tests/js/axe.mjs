// Audit HTML files in one headless Chromium session (Debian's /usr/bin/chromium).
//
//   node axe.mjs [--pdf-dir DIR] [--dark] [--narrow] FILE...
//
// For each file: axe-core with the WCAG 2.0/2.1 A and AA tags in light mode (with
// --dark, its colour rules again with prefers-color-scheme: dark), every request the page tried
// to make besides its own file (all are refused), the page's width at a 320 px
// viewport with --narrow (WCAG 1.4.10 reflow), and with --pdf-dir the page printed
// to A4 PDF by Chromium. Prints one JSON array on stdout, one object per file.
// Used by tests/test_html_report.py through tests/browser.py.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// Dark mode changes only colours (prefers-color-scheme swaps the page's colour
// variables), so in dark mode the rules that judge colour run again.
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

const args = process.argv.slice(2);
let pdfDir = null;
let dark = false;
let narrow = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--pdf-dir") pdfDir = args[++i];
  else if (args[i] === "--dark") dark = true;
  else if (args[i] === "--narrow") narrow = true;
  else files.push(path.resolve(args[i]));
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
});

function summarise(violations) {
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => ({
      target: n.target.join(" "),
      html: n.html.slice(0, 300),
      summary: (n.failureSummary || "").slice(0, 500),
    })),
  }));
}

async function axe(page, only = { type: "tag", values: TAGS }) {
  const result = await page.evaluate(
    (only) => window.axe.run(document, { runOnly: only, resultTypes: ["violations"] }),
    only,
  );
  return summarise(result.violations);
}

const reports = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let current = null;
  let requests = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url() === current) {
      request.continue();
    } else {
      requests.push(request.url());
      request.abort();
    }
  });
  for (const file of files) {
    current = pathToFileURL(file).href;
    requests = [];
    const report = { file, violations: [], dark_violations: null, requests: [], scripts: 0 };
    reports.push(report);
    try {
      await audit(page, report);
    } catch (error) {
      report.error = String(error);
    }
    report.requests = requests;
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(reports, null, 1) + "\n");

async function audit(page, report) {
  const current = pathToFileURL(report.file).href;
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(current, { waitUntil: "load" });
  report.scripts = await page.evaluate(() => document.scripts.length);
  await page.evaluate(AXE_SOURCE);
  report.violations = await axe(page);
  if (pdfDir) {
    report.pdf = path.join(pdfDir, path.basename(report.file).replace(/\.html$/, ".pdf"));
    await page.pdf({ path: report.pdf, preferCSSPageSize: true, format: "A4" });
  }
  // The same loaded page from here on: a new viewport or colour scheme applies at
  // once (media queries are live), so no reload is needed.
  if (narrow) {
    await page.setViewport({ width: 320, height: 640 });
    report.narrow_width = await page.evaluate(() => document.documentElement.scrollWidth);
  }
  if (dark) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    await page.setViewport({ width: 1280, height: 900 });
    report.dark_violations = await axe(page, { type: "rule", values: COLOUR_RULES });
  }
}
