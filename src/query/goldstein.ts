// The Goldstein (1992) conflict–cooperation value of a CAMEO event code, from
// data/cameo-goldstein.yaml.
import { loadDataFile } from '../vocabulary/data-file.ts';

interface GoldsteinFile {
  goldstein: { [cameoCode: string]: number };
}

const SCALE: ReadonlyMap<string, number> = new Map(Object.entries(loadDataFile<GoldsteinFile>('cameo-goldstein.yaml').goldstein));

/** -10 to +10; a code the table does not list takes its parent's value (0571 → 057 → 05); undefined for no CAMEO code. */
export function goldsteinScale(cameoCode: string): number | undefined {
  for (let length = cameoCode.length; length >= 2; length -= 1) {
    const value = SCALE.get(cameoCode.slice(0, length));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The root code: the first two digits ("057" → "05"). */
export function cameoRootCode(cameoCode: string): string {
  return cameoCode.slice(0, 2);
}

/** GDELT's QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
export function cameoQuadClass(cameoCode: string): 1 | 2 | 3 | 4 {
  const root = Number(cameoRootCode(cameoCode));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
