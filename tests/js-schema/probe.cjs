// Ask yaml-language-server (the engine of VS Code's YAML extension) for completions,
// hovers and diagnostics, as an editor would. Input on stdin (JSON):
//   {"schema": "/path/to/schema.json", "requests": [{"text": ..., "line": 0, "character": 0,
//    "kind": "complete" | "hover" | "validate"}]}
// Output on stdout: a JSON list with one answer per request.
const fs = require('fs');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');
const { getLanguageService } = require('yaml-language-server/out/server/src/languageservice/yamlLanguageService');
const { TextDocument } = require('vscode-languageserver-textdocument');

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf-8'));
  const folder = path.dirname(input.schema);
  const service = getLanguageService({
    schemaRequestService: async (uri) => fs.readFileSync(fileURLToPath(uri), 'utf-8'),
    workspaceContext: {
      resolveRelativePath: (relative, resource) => new URL(relative, resource).toString(),
    },
  });
  service.configure({ validate: true, hover: true, completion: true, schemas: [] });
  const answers = [];
  let number = 0;
  for (const request of input.requests) {
    // A fresh URI per request: the service caches parsed documents by URI and version.
    const uri = pathToFileURL(path.join(folder, `plan-${number++}.yaml`)).toString();
    const document = TextDocument.create(uri, 'yaml', 1, request.text);
    const position = { line: request.line || 0, character: request.character || 0 };
    if (request.kind === 'complete') {
      const list = await service.doComplete(document, position, false);
      answers.push(list.items.map((item) => item.label));
    } else if (request.kind === 'hover') {
      const hover = await service.doHover(document, position);
      answers.push(hover ? hover.contents.value : null);
    } else {
      const diagnostics = await service.doValidation(document, false);
      answers.push(diagnostics.map((d) => d.message));
    }
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
