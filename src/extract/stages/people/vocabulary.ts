// Words around personal names, from data/people.yaml.
import { loadDataFile } from '../../../vocabulary/data-file.ts';

interface PeopleFile {
  particles: string[];
  suffixes: string[];
  compound_suffixes: string[];
  honorifics: string[];
  capital_honorifics: string[];
  reporting_verbs: string[];
  not_names: string[];
  surname_homographs: string[];
  relational_nouns: string[];
  same_country_relations: string[];
  descriptive_nouns: string[];
  counterpart_words: string[];
  side_nouns: string[];
  listing_cues: string[];
  contact_words: string[];
  contact_subject_verbs: string[];
  contact_object_verbs: string[];
  travel_cues: string[];
  accompaniment_cues: string[];
}

const vocabulary = loadDataFile<PeopleFile>('people.yaml');
export const PARTICLES = new Set(vocabulary.particles);
export const SUFFIXES = new Set(vocabulary.suffixes.map((s) => s.toLowerCase()));
export const COMPOUND_SUFFIXES = new Set(vocabulary.compound_suffixes);
export const HONORIFICS = vocabulary.honorifics.map((h) => h.toLowerCase().split(' '));
export const CAPITAL_HONORIFICS = new Set(vocabulary.capital_honorifics);
export const REPORTING = new Set(vocabulary.reporting_verbs);
export const NOT_NAMES = new Set(vocabulary.not_names.map((w) => w.toLowerCase()));
export const SURNAME_HOMOGRAPHS = new Set(vocabulary.surname_homographs);
export const RELATIONAL_NOUNS = vocabulary.relational_nouns;
export const SAME_COUNTRY_RELATIONS = new Set(vocabulary.same_country_relations);
export const DESCRIPTIVE_NOUNS = vocabulary.descriptive_nouns;
export const COUNTERPART = new Set(vocabulary.counterpart_words);
export const SIDE_NOUNS = vocabulary.side_nouns;
export const LISTING_CUES = vocabulary.listing_cues;
export const CONTACT_WORDS = new Set(vocabulary.contact_words);
export const CONTACT_SUBJECT_VERBS = new Set(vocabulary.contact_subject_verbs);
export const CONTACT_OBJECT_VERBS = new Set(vocabulary.contact_object_verbs);
export const TRAVEL_CUES = new Set(vocabulary.travel_cues);
export const ACCOMPANIMENT_CUES = vocabulary.accompaniment_cues;
