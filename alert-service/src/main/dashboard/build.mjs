// Copies the dashboard and the assets it takes from its npm packages into the folder given (the service's
// META-INF/resources), so the page works offline: no CDN, no bundler. Run by the Maven build after `npm ci`.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_DIR');
  process.exit(2);
}
const assets = join(out, 'dashboard');
mkdirSync(join(assets, 'vendor', 'images'), { recursive: true });
const copies = [
  ['web/index.html', join(out, 'index.html')],
  ['web/app.js', join(assets, 'app.js')],
  ['web/app.css', join(assets, 'app.css')],
  ['node_modules/leaflet/dist/leaflet.js', join(assets, 'vendor', 'leaflet.js')],
  ['node_modules/leaflet/dist/leaflet.css', join(assets, 'vendor', 'leaflet.css')],
  ['node_modules/leaflet/dist/images', join(assets, 'vendor', 'images')],
  ['node_modules/leaflet.markercluster/dist/leaflet.markercluster.js', join(assets, 'vendor', 'leaflet.markercluster.js')],
  ['node_modules/leaflet.markercluster/dist/MarkerCluster.css', join(assets, 'vendor', 'MarkerCluster.css')],
  ['node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css', join(assets, 'vendor', 'MarkerCluster.Default.css')],
  ['node_modules/topojson-client/dist/topojson-client.min.js', join(assets, 'vendor', 'topojson-client.min.js')],
  ['node_modules/world-atlas/countries-110m.json', join(assets, 'vendor', 'countries-110m.json')],
];
for (const [from, to] of copies) {
  cpSync(join(here, from), to, { recursive: true });
}
console.log(`dashboard: ${copies.length} files and folders copied to ${out}`);
