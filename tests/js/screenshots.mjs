// The screenshots in docs/img of the HTML report, made again from the current code.
//
//   effektkedja report examples/kommun-hemtjanst.yaml --format html --today 2026-11-23 -o /tmp/k.html
//   effektkedja report examples/kommun-forsorjningsstod.yaml --format html --today 2026-11-23 -o /tmp/f.html
//   node tests/js/screenshots.mjs /tmp/k.html /tmp/f.html docs/img
//
// Writes rapport-dator.png (1280 px, the top of the page), rapport-mobil.png (390 px,
// from the heading "Indikatorer") and rapport-problem.png (1280 px, the section
// "Problem och resultat" of the second report). Uses Debian's Chromium like axe.mjs.

import path from "node:path";
import { pathToFileURL } from "node:url";

import puppeteer from "puppeteer-core";

const [kommun, problems, folder] = process.argv.slice(2);
if (!folder) {
  console.error("usage: node screenshots.mjs KOMMUN.html PROBLEM.html FOLDER");
  process.exit(2);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

/** The page at `width`, cut from the top of `selector`'s element, `height` pixels tall. */
async function shoot(file, width, height, out, heading = null) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });
  let top = 0;
  if (heading) {
    top = await page.evaluate((text) => {
      const found = [...document.querySelectorAll("h2")].find(
        (h) => h.textContent.trim() === text,
      );
      return found ? found.getBoundingClientRect().top + window.scrollY - 16 : null;
    }, heading);
    if (top === null) throw new Error(`no heading ${heading} in ${file}`);
  }
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: path.join(folder, out),
    clip: { x: 0, y: top, width, height: Math.min(height, full - top) },
    captureBeyondViewport: true,
  });
  await page.close();
}

try {
  await shoot(kommun, 1280, 1900, "rapport-dator.png");
  await shoot(kommun, 390, 1600, "rapport-mobil.png", "Indikatorer");
  await shoot(problems, 1280, 1553, "rapport-problem.png", "Problem och resultat");
} finally {
  await browser.close();
}
