// A small knowledge base written by hand for the export tests: an AZE–KAZ foreign ministers'
// meeting reported by two outlets, with a signed action plan, two projects (one part of the
// other), a forum, a planned meeting in the future and an undated statement; and one TUR–ISL
// signing, outside the dyad.
import type { ExtractedArticle } from '../../src/store/store.ts';
import { handMadeArticle, type HandMadeEntity, type HandMadeEvent } from './hand-made-records.ts';

const minister = (id: string, name: string, country: string): HandMadeEntity =>
  ({ id, type: 'person', name, country, roles: [{ title: 'Foreign Minister', country }] });

const dyadEntities: HandMadeEntity[] = [
  { id: 'c1', type: 'country', name: 'Azerbaijan', code: 'AZE' },
  { id: 'c2', type: 'country', name: 'Kazakhstan', code: 'KAZ' },
  minister('p1', 'Jeyhun Bayramov', 'AZE'),
  minister('p2', 'Murat Nurtleu', 'KAZ'),
  { id: 'o1', type: 'organization', name: 'Ministry of Foreign Affairs of Azerbaijan', kind: 'government', country: 'AZE' },
  { id: 'o2', type: 'organization', name: 'Organization of Turkic States', kind: 'international' },
  { id: 'pl1', type: 'place', name: 'Baku', kind: 'city', country: 'AZE', geo: { lat: 40.4093, lon: 49.8671 } },
  {
    id: 'i1', type: 'instrument', name: 'Action Plan on Cooperation, Transit and "Digital" Links', kind: 'action plan', status: 'signed',
    period: { start: '2025', end: '2026' }, parties: ['AZE', 'KAZ'],
  },
  { id: 'n1', type: 'initiative', name: 'Middle Corridor', kind: 'transport corridor', status: 'under way', parties: ['AZE', 'KAZ'] },
  {
    id: 'n2', type: 'initiative', name: 'Caspian fibre-optic line', kind: 'cable', status: 'planned', parties: ['AZE', 'KAZ'],
    part_of: 'n1', places: ['pl1'],
  },
  { id: 'f1', type: 'forum', name: 'COP29', date: '2024-11', place: 'pl1' },
];

/** The ministers' meeting on 2025-03-03, as both outlets report it. */
const meeting: HandMadeEvent = {
  id: 'e1', type: 'meeting', date: '2025-03-03', participants: ['p1', 'p2', 'c1', 'c2'], place: 'pl1',
  format: ['one-on-one'], sectors: ['political', 'transport'], cameo: '040',
};

export const HAND_MADE_KNOWLEDGE_BASE: readonly ExtractedArticle[] = [
  handMadeArticle(
    'Foreign Minister Jeyhun Bayramov met Foreign Minister Murat Nurtleu in Baku on Monday; they signed the action plan, ' +
      'agreed to meet again in May 2027, and recalled their talks at COP29 with the Organization of Turkic States.',
    '2025-03-04',
    {
      entities: dyadEntities,
      events: [
        meeting,
        { id: 'e2', type: 'signing', date: '2025-03-03', participants: ['p1', 'p2'], instruments: ['i1'], cameo: '057' },
        { id: 'e3', type: 'meeting', date: '2027-05', date_text: 'in May 2027', participants: ['c1', 'c2'], initiatives: ['n2'], cameo: '036' },
        { id: 'e4', type: 'statement', date: null, participants: ['p2'], stance: 'praise', cameo: '051' },
        { id: 'e5', type: 'meeting', date: '2024-11-12', participants: ['p1', 'o2'], forum: 'f1', cameo: '040' },
      ],
    },
  ),
  handMadeArticle(
    'Kazakh Foreign Minister Murat Nurtleu held talks with Azerbaijani Foreign Minister Jeyhun Bayramov in Baku on 3 March.',
    '2025-03-05',
    {
      entities: dyadEntities.filter((entity) => ['c1', 'c2', 'p1', 'p2', 'pl1'].includes(entity.id)),
      events: [meeting],
    },
  ),
  handMadeArticle('Türkiye and Iceland signed a trade agreement in Ankara.', '2024-05-01', {
    entities: [
      { id: 'c1', type: 'country', name: 'Türkiye', code: 'TUR' },
      { id: 'c2', type: 'country', name: 'Iceland', code: 'ISL' },
    ],
    events: [{ id: 'e1', type: 'signing', date: '2024-05-01', participants: ['c1', 'c2'], sectors: ['trade'], cameo: '057' }],
  }),
];
