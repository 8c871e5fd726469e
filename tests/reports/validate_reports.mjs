// Validates report.json files against reports/schema/report.schema.json with Ajv
// (draft 2020-12). Usage: node validate_reports.mjs SCHEMA REPORT...
// Exit 0 when every report is valid; 1 with one line per problem otherwise.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [schemaPath, ...reports] = process.argv.slice(2);
// Ajv lives in the project's node_modules (installed by scripts/setup).
const require = createRequire(path.resolve(path.dirname(schemaPath), "../../package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let bad = 0;
for (const file of reports) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.log(`${file}: not JSON: ${e.message}`);
    bad++;
    continue;
  }
  if (!validate(report)) {
    bad++;
    for (const err of validate.errors) console.log(`${file}: ${err.instancePath || "/"} ${err.message}`);
  }
}
console.log(`${reports.length - bad} passed, ${bad} failed`);
process.exit(bad ? 1 : 0);
