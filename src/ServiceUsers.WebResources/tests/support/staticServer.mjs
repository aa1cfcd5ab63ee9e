import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * Serves a folder on 127.0.0.1 at an ephemeral port, as Dataverse serves web resources: each file
 * under its path, so the page's relative references (../js/…) resolve as they will there.
 * `extraPages` adds pages the test needs beside it (a host page that opens the dialog in a frame).
 */
export async function startStaticServer(rootDirectory, extraPages = {}) {
  const root = normalize(rootDirectory + sep);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (path === "/favicon.ico") {
      // Browsers ask for it unprompted; a 404 would show up as a console error in the tests.
      response.writeHead(204).end();
      return;
    }
    if (path in extraPages) {
      response.writeHead(200, { "Content-Type": contentTypes[".html"] }).end(extraPages[path]);
      return;
    }
    const filePath = normalize(join(root, path));
    if (!filePath.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(filePath);
      response.writeHead(200, { "Content-Type": contentTypes[extname(filePath)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
