/**
 * `npm run bench:html`: how htmlToArticle's time grows with page size. Builds invented news pages of 1, 2.5 and
 * 5 MB (a short story, then thousands of sibling related-link lists and filler paragraphs, the shape that once
 * made a walk quadratic) and prints the milliseconds for each; time per MB should stay roughly flat.
 */
import { htmlToArticle } from '../src/article/html/index';

const STORY = '<h1>Harbour reopens after storm</h1>' + Array.from({ length: 8 }, (_, i) =>
  `<p>Berth ${i + 1} at Exampleton reopened on Monday after a week of repairs, the port authority said.</p>`).join('');
const FILLER = '<div class="related"><ul>' + '<li><a href="/x">A related headline elsewhere</a></li>'.repeat(20) + '</ul></div>' +
  `<p>${'A filler sentence about nothing in particular. '.repeat(10)}</p>`;

function page(mb: number): string {
  const target = mb * 1024 * 1024;
  const parts = [`<html><head><title>Harbour reopens after storm</title></head><body><article>${STORY}</article>`];
  for (let size = parts[0]!.length; size < target; size += FILLER.length) parts.push(FILLER);
  return `${parts.join('')}</body></html>`;
}

htmlToArticle(page(0.1)); // warm-up, so the first size does not pay for compilation
for (const mb of [1, 2.5, 5]) {
  const html = page(mb);
  const start = performance.now();
  const { paragraphs } = htmlToArticle(html);
  const ms = performance.now() - start;
  console.log(`${mb.toString().padStart(4)} MB  ${Math.round(ms).toString().padStart(6)} ms  ${Math.round(ms / mb)} ms/MB  (${paragraphs.length} paragraphs)`);
}
