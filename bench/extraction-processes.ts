// What this machine gives two Node processes that share nothing, not even a database: each
// extracts the bench's articles over and over for a fixed time, first alone, then two at once.
// Two such processes together are the most two workers can reach here; run as a script, this
// module is one of those processes and prints how many articles it extracted.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractRecord } from '../src/extract/pipeline.ts';
import { loadBaseArticles } from './workload.ts';

const SELF = fileURLToPath(import.meta.url);

/** Extracts the articles, once to warm up and then again and again until `seconds` are up; answers how many were extracted after warming up. */
async function extractFor(seconds: number): Promise<number> {
  const { articles } = await loadBaseArticles();
  for (const article of articles) extractRecord(article);
  const until = performance.now() + 1000 * seconds;
  let extracted = 0;
  while (performance.now() < until) {
    for (const article of articles) extractRecord(article);
    extracted += articles.length;
  }
  return extracted;
}

function extractingProcess(seconds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, String(seconds)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      const extracted = Number(output.trim());
      if (code === 0 && Number.isFinite(extracted) && extracted > 0) resolve(extracted);
      else reject(new Error(`an extracting process ended with code ${code} and printed "${output.trim()}"`));
    });
  });
}

/** How many articles two processes extracting at once get through, over what one alone does in the same time. */
export async function twoProcessesOverOne(seconds: number): Promise<number> {
  const alone = await extractingProcess(seconds);
  const together = await Promise.all([extractingProcess(seconds), extractingProcess(seconds)]);
  return (together[0] + together[1]) / alone;
}

if (process.argv[1] === SELF) {
  const seconds = Number(process.argv[2]);
  if (!(seconds > 0)) throw new Error('usage: extraction-processes.ts SECONDS');
  process.stdout.write(`${await extractFor(seconds)}\n`);
}
