// International organisations from data/organizations.yaml.
import { loadDataFile } from './data-file.ts';
import { foldText } from './fold.ts';

export type OrganizationKind = 'international' | 'government' | 'company' | 'media' | 'other';

export interface OrganizationInfo {
  /** Canonical English name. */
  name: string;
  acronyms: string[];
  aliases: string[];
  kind: OrganizationKind;
  /** Canonical name of the organisation this one is an organ of. */
  partOf?: string;
}

interface OrganizationEntry {
  name: string;
  acronyms?: string[];
  aliases?: string[];
  kind: OrganizationKind;
  part_of?: string;
}

interface OrganizationsFile {
  organizations: OrganizationEntry[];
}

interface OrganizationIndex {
  organizations: OrganizationInfo[];
  byFoldedName: Map<string, OrganizationInfo>;
  byAcronym: Map<string, OrganizationInfo>;
}

let index: OrganizationIndex | undefined;

function buildIndex(): OrganizationIndex {
  const organizations = loadDataFile<OrganizationsFile>('organizations.yaml').organizations.map(
    (entry): OrganizationInfo => ({
      name: entry.name,
      acronyms: entry.acronyms ?? [],
      aliases: entry.aliases ?? [],
      kind: entry.kind,
      ...(entry.part_of ? { partOf: entry.part_of } : {}),
    }),
  );
  const byFoldedName = new Map<string, OrganizationInfo>();
  const byAcronym = new Map<string, OrganizationInfo>();
  for (const organization of organizations) {
    for (const name of [organization.name, ...organization.aliases]) {
      const folded = foldText(name);
      if (!byFoldedName.has(folded)) byFoldedName.set(folded, organization);
    }
    for (const acronym of organization.acronyms) {
      if (!byAcronym.has(acronym)) byAcronym.set(acronym, organization);
    }
  }
  return { organizations, byFoldedName, byAcronym };
}

function organizationIndex(): OrganizationIndex {
  index ??= buildIndex();
  return index;
}

export function allOrganizations(): readonly OrganizationInfo[] {
  return organizationIndex().organizations;
}

/**
 * The organisation a name, alias or acronym stands for. Names are compared folded;
 * acronyms as written ("UN", "IsDB"), so "who" is not the World Health Organization.
 */
export function lookupOrganization(nameOrAcronym: string): OrganizationInfo | undefined {
  const trimmed = nameOrAcronym.trim();
  return organizationIndex().byAcronym.get(trimmed) ?? organizationIndex().byFoldedName.get(foldText(trimmed));
}
