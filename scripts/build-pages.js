// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Bundles the gateway's browser pages (GraphQL playground, membership dashboard, Verwaltung) with esbuild
// into dist/pages/, which the gateway serves (gateway/pages/serve.ts). GraphiQL 5 ships no
// single-file build, so its React components, the Monaco editor and Monaco's language workers are
// bundled here from node_modules: the pages load nothing from any other host.
//
// Plain JavaScript on purpose: `npm test` runs it before jest without compiling anything first.
// Run by `npm run build` (so by `npm start`) and by `npm test`; alone: `npm run build:pages`.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const source = path.join(root, 'gateway/pages');
const finalDir = path.join(root, 'dist/pages');
// Built next to it and moved into place at the end, so that a gateway starting meanwhile (or a
// second build) never finds half a bundle.
const out = `${finalDir}.building-${process.pid}`;
const assets = path.join(out, 'assets');
/** The URL the gateway serves dist/pages/assets under (ASSETS_PATH in gateway/pages/serve.ts). */
const assetsUrl = '/assets/';

/** Browsers of the last years; nothing older needs to run the playground. */
const target = ['chrome110', 'firefox110', 'safari16', 'edge110'];

/** The output files of one esbuild run, by entry point name: { js, css }. */
function outputsByEntry(metafile) {
  const result = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || !file.endsWith('.js')) continue;
    const name = path.basename(output.entryPoint).replace(/\.(ts|js)$/, '');
    const key = output.entryPoint.includes('/workers/') ? name : path.basename(path.dirname(output.entryPoint));
    result[key] = {
      js: assetsUrl + path.basename(file),
      css: output.cssBundle ? assetsUrl + path.basename(output.cssBundle) : undefined,
    };
  }
  return result;
}

/**
 * The maps' geometry (gateway/geo/geometry.ts: the BKG boundaries keyed by the directory, projected
 * and simplified), computed here once and put into the dashboard's script as data, so that the
 * browser loads no map from anywhere. The TypeScript is bundled for Node and run in this process;
 * a boundary that does not match the directory fails the build.
 */
async function mapGeometry() {
  const entry = path.join(root, 'gateway/geo/geometry.ts');
  const built = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__filename', '__dirname', built.outputFiles[0].text)(
    module,
    module.exports,
    require,
    entry,
    path.dirname(entry),
  );
  return module.exports.buildGeometry();
}

async function main() {
  const started = Date.now();
  fs.rmSync(out, { recursive: true, force: true });
  const geometry = await mapGeometry();

  // 1. Monaco's language workers, each a classic worker script of its own. The playground starts
  //    them from these same-origin URLs (no blob: workers, no CDN as in GraphiQL's esm.sh setup).
  const workers = await esbuild.build({
    entryPoints: ['editor', 'json', 'graphql'].map((name) => path.join(source, `playground/workers/${name}.worker.ts`)),
    bundle: true,
    format: 'iife',
    minify: true,
    target,
    outdir: assets,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const workerUrls = Object.fromEntries(Object.entries(outputsByEntry(workers.metafile)).map(([name, files]) => [name, files.js]));

  // 2. The pages' own scripts and styles: one script and one stylesheet per page. No code
  //    splitting: esbuild would put the CSS of lazily imported modules (Monaco's) into chunk
  //    stylesheets that nothing links, and the editor would lose its styles.
  const pages = await esbuild.build({
    entryPoints: ['playground', 'dashboard', 'verwaltung'].map((name) => path.join(source, `${name}/main.ts`)),
    bundle: true,
    format: 'esm',
    minify: true,
    target,
    outdir: assets,
    entryNames: '[dir]-[hash]',
    assetNames: '[name]-[hash]',
    // Monaco's icon font: a file of our own, not a data: URL, so that font-src stays narrow.
    loader: { '.ttf': 'file' },
    define: {
      'process.env.NODE_ENV': '"production"',
      MONACO_WORKER_URLS: JSON.stringify(workerUrls),
      MAP_GEOMETRY: JSON.stringify(geometry),
    },
    metafile: true,
    logLevel: 'warning',
  });
  const entries = outputsByEntry(pages.metafile);

  // 3. The HTML of each page with the content-hashed file names filled in.
  for (const name of ['playground', 'dashboard', 'verwaltung']) {
    const files = entries[name];
    if (!files) throw new Error(`esbuild produced no script for ${name}`);
    const tags = [files.css ? `<link rel="stylesheet" href="${files.css}">` : '', `<script type="module" src="${files.js}"></script>`].join(
      '\n',
    );
    const template = fs.readFileSync(path.join(source, `${name}/${name}.html`), 'utf8');
    if (!template.includes('<!-- assets -->')) throw new Error(`${name}.html has no <!-- assets --> placeholder`);
    fs.writeFileSync(path.join(out, `${name}.html`), template.replace('<!-- assets -->', tags));
  }

  // 4. A gzip copy of each script, stylesheet and font, served to browsers that accept it: the
  //    playground's script shrinks from about 5 MB to a third. Made here once, not per request.
  let bytes = 0;
  let gzipped = 0;
  for (const file of fs.readdirSync(assets)) {
    const body = fs.readFileSync(path.join(assets, file));
    bytes += body.length;
    if (!/\.(js|css|ttf)$/.test(file)) continue;
    const packed = zlib.gzipSync(body, { level: 9 });
    gzipped += packed.length;
    fs.writeFileSync(path.join(assets, `${file}.gz`), packed);
  }
  const mb = (n) => (n / 1e6).toFixed(1);
  const replaced = `${finalDir}.old-${process.pid}`;
  if (fs.existsSync(finalDir)) fs.renameSync(finalDir, replaced);
  fs.renameSync(out, finalDir);
  fs.rmSync(replaced, { recursive: true, force: true });
  console.log(`build:pages: dist/pages (${mb(bytes)} MB, gzip ${mb(gzipped)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  fs.rmSync(out, { recursive: true, force: true });
  console.error(error);
  process.exit(1);
});
