import type { ChamberType, IncomeGroup, IpuGroup } from '~/domain/organisation';

/*
 * Fictional parliaments for the demo: invented countries, realistic attributes. None of them
 * stands for a real parliament, and no score is ever attributed to a real one.
 */

export interface DemoCountry {
  country: string;
  ipuGroup: IpuGroup;
  incomeGroup: IncomeGroup;
  /** One chamber, or a lower and an upper chamber. */
  chambers: { type: ChamberType; name: string; members: number; staff: number }[];
}

const uni = (name: string, members: number, staff: number) => [
  { type: 'unicameral' as const, name, members, staff },
];
const bi = (
  lower: string,
  lowerMembers: number,
  lowerStaff: number,
  upper: string,
  upperMembers: number,
  upperStaff: number,
) => [
  { type: 'lower' as const, name: lower, members: lowerMembers, staff: lowerStaff },
  { type: 'upper' as const, name: upper, members: upperMembers, staff: upperStaff },
];

export const demoCountries: DemoCountry[] = [
  {
    country: 'Valdoria',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'high',
    chambers: uni('Parliament of Valdoria', 151, 620),
  },
  {
    country: 'Elvaria',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'high',
    chambers: bi('Chamber of Deputies of Elvaria', 350, 2400, 'Senate of Elvaria', 208, 1100),
  },
  {
    country: 'Lindmark',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'high',
    chambers: uni('Storting of Lindmark', 169, 480),
  },
  {
    country: 'Montevel',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'high',
    chambers: uni('Grand Council of Montevel', 60, 95),
  },
  {
    country: 'Arvonne',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'high',
    chambers: bi('National Assembly of Arvonne', 577, 3100, 'Senate of Arvonne', 348, 1250),
  },
  {
    country: 'Fjordheim',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'high',
    chambers: uni('Althing of Fjordheim', 63, 140),
  },
  {
    country: 'Belcastro',
    ipuGroup: 'twelve-plus',
    incomeGroup: 'upper-middle',
    chambers: uni('Assembly of Belcastro', 120, 300),
  },
  {
    country: 'Azanu',
    ipuGroup: 'african',
    incomeGroup: 'lower-middle',
    chambers: uni('National Assembly of Azanu', 165, 410),
  },
  {
    country: 'Bekora',
    ipuGroup: 'african',
    incomeGroup: 'low',
    chambers: uni('National Assembly of Bekora', 89, 150),
  },
  {
    country: 'Chalemba',
    ipuGroup: 'african',
    incomeGroup: 'lower-middle',
    chambers: bi(
      'National Assembly of Chalemba',
      400,
      1200,
      'National Council of Chalemba',
      90,
      260,
    ),
  },
  {
    country: 'Dorundi',
    ipuGroup: 'african',
    incomeGroup: 'low',
    chambers: uni('Parliament of Dorundi', 123, 210),
  },
  {
    country: 'Etsana',
    ipuGroup: 'african',
    incomeGroup: 'upper-middle',
    chambers: uni('National Assembly of Etsana', 65, 180),
  },
  {
    country: 'Fumbara',
    ipuGroup: 'african',
    incomeGroup: 'lower-middle',
    chambers: bi('House of Representatives of Fumbara', 360, 900, 'Senate of Fumbara', 109, 380),
  },
  {
    country: 'Gwelandi',
    ipuGroup: 'african',
    incomeGroup: 'low',
    chambers: uni('National Assembly of Gwelandi', 193, 330),
  },
  {
    country: 'Harabe',
    ipuGroup: 'african',
    incomeGroup: 'lower-middle',
    chambers: uni('Parliament of Harabe', 275, 520),
  },
  {
    country: 'Qasirah',
    ipuGroup: 'arab',
    incomeGroup: 'high',
    chambers: uni('Shura Council of Qasirah', 45, 210),
  },
  {
    country: 'Zahrania',
    ipuGroup: 'arab',
    incomeGroup: 'upper-middle',
    chambers: bi(
      'House of Representatives of Zahrania',
      130,
      700,
      'House of Councillors of Zahrania',
      60,
      240,
    ),
  },
  {
    country: 'Wadi Sabir',
    ipuGroup: 'arab',
    incomeGroup: 'lower-middle',
    chambers: uni('People\u2019s Assembly of Wadi Sabir', 250, 600),
  },
  {
    country: 'Bahrat',
    ipuGroup: 'arab',
    incomeGroup: 'high',
    chambers: uni('National Council of Bahrat', 40, 160),
  },
  {
    country: 'Sahilia',
    ipuGroup: 'arab',
    incomeGroup: 'lower-middle',
    chambers: uni('Chamber of Deputies of Sahilia', 217, 450),
  },
  {
    country: 'Nusantari',
    ipuGroup: 'asia-pacific',
    incomeGroup: 'upper-middle',
    chambers: bi(
      'House of Representatives of Nusantari',
      575,
      2800,
      'Regional Council of Nusantari',
      136,
      640,
    ),
  },
  {
    country: 'Kaloha Islands',
    ipuGroup: 'asia-pacific',
    incomeGroup: 'upper-middle',
    chambers: uni('Legislative Assembly of the Kaloha Islands', 51, 70),
  },
  {
    country: 'Thalburi',
    ipuGroup: 'asia-pacific',
    incomeGroup: 'upper-middle',
    chambers: bi('House of Representatives of Thalburi', 500, 2100, 'Senate of Thalburi', 200, 900),
  },
  {
    country: 'Mekhora',
    ipuGroup: 'asia-pacific',
    incomeGroup: 'lower-middle',
    chambers: uni('National Assembly of Mekhora', 125, 290),
  },
  {
    country: 'Pavanesh',
    ipuGroup: 'asia-pacific',
    incomeGroup: 'lower-middle',
    chambers: uni('Parliament of Pavanesh', 350, 980),
  },
  {
    country: 'Tauraki',
    ipuGroup: 'asia-pacific',
    incomeGroup: 'high',
    chambers: uni('House of Representatives of Tauraki', 120, 560),
  },
  {
    country: 'Volgaria',
    ipuGroup: 'eurasia',
    incomeGroup: 'upper-middle',
    chambers: bi('State Assembly of Volgaria', 450, 1900, 'Federal Council of Volgaria', 170, 700),
  },
  {
    country: 'Karatov',
    ipuGroup: 'eurasia',
    incomeGroup: 'upper-middle',
    chambers: uni('Supreme Council of Karatov', 120, 380),
  },
  {
    country: 'Zarechia',
    ipuGroup: 'eurasia',
    incomeGroup: 'lower-middle',
    chambers: uni('National Assembly of Zarechia', 107, 300),
  },
  {
    country: 'Steppegrad',
    ipuGroup: 'eurasia',
    incomeGroup: 'upper-middle',
    chambers: bi('Mazhilis of Steppegrad', 98, 420, 'Senate of Steppegrad', 50, 230),
  },
  {
    country: 'Costa Serena',
    ipuGroup: 'grulac',
    incomeGroup: 'upper-middle',
    chambers: uni('Legislative Assembly of Costa Serena', 57, 650),
  },
  {
    country: 'Nueva Alcántara',
    ipuGroup: 'grulac',
    incomeGroup: 'high',
    chambers: bi(
      'Chamber of Deputies of Nueva Alcántara',
      155,
      1300,
      'Senate of Nueva Alcántara',
      50,
      600,
    ),
  },
  {
    country: 'Isla Marimba',
    ipuGroup: 'grulac',
    incomeGroup: 'upper-middle',
    chambers: uni('House of Assembly of Isla Marimba', 30, 85),
  },
  {
    country: 'Río Plateado',
    ipuGroup: 'grulac',
    incomeGroup: 'upper-middle',
    chambers: bi(
      'Chamber of Deputies of Río Plateado',
      257,
      1500,
      'Senate of Río Plateado',
      72,
      800,
    ),
  },
  {
    country: 'Santa Lucerna',
    ipuGroup: 'grulac',
    incomeGroup: 'lower-middle',
    chambers: uni('National Congress of Santa Lucerna', 128, 390),
  },
  {
    country: 'San Aurelio',
    ipuGroup: 'grulac',
    incomeGroup: 'upper-middle',
    chambers: uni('Legislative Assembly of San Aurelio', 84, 520),
  },
];

export const demoHubs = [
  {
    slug: 'demo-ict-governance',
    name: 'Demo hub: ICT governance',
    description: 'A thematic hub of demo parliaments working on ICT governance.',
  },
  {
    slug: 'demo-open-data-cloud',
    name: 'Demo hub: open data and cloud',
    description: 'Demo parliaments sharing open data and cloud practices.',
  },
  {
    slug: 'demo-latin-america',
    name: 'Demo hub: Latin America',
    description: 'A regional hub of Spanish- and Portuguese-speaking demo parliaments.',
  },
  {
    slug: 'demo-southern-africa',
    name: 'Demo hub: southern Africa',
    description: 'A regional hub of demo parliaments in southern Africa.',
  },
] as const;

/** Which demo hub each demo country belongs to (a country may be in two). */
export const hubMembership: Record<(typeof demoHubs)[number]['slug'], string[]> = {
  'demo-ict-governance': [
    'Valdoria',
    'Elvaria',
    'Lindmark',
    'Montevel',
    'Azanu',
    'Qasirah',
    'Mekhora',
    'Karatov',
    'Costa Serena',
    'Tauraki',
  ],
  'demo-open-data-cloud': [
    'Arvonne',
    'Fjordheim',
    'Belcastro',
    'Zahrania',
    'Thalburi',
    'Volgaria',
    'Nueva Alcántara',
    'Valdoria',
  ],
  'demo-latin-america': [
    'Costa Serena',
    'Nueva Alcántara',
    'Isla Marimba',
    'Río Plateado',
    'Santa Lucerna',
    'San Aurelio',
  ],
  'demo-southern-africa': [
    'Azanu',
    'Bekora',
    'Chalemba',
    'Dorundi',
    'Etsana',
    'Fumbara',
    'Gwelandi',
    'Harabe',
  ],
};

export const DEMO_PASSWORD = 'demo-Assembly-2026';

export const demoAccounts = [
  { key: 'admin', email: 'admin@demo.example', name: 'Ada Admin', role: 'administrator' },
  {
    key: 'coordinator',
    email: 'coordinator@demo.example',
    name: 'Chidi Coordinator',
    role: 'coordinator of Demo hub: ICT governance',
  },
  {
    key: 'lead',
    email: 'lead@demo.example',
    name: 'Lena Lead',
    role: 'lead respondent, Parliament of Valdoria',
  },
  {
    key: 'contributor',
    email: 'contributor@demo.example',
    name: 'Carlos Contributor',
    role: 'contributor, Parliament of Valdoria',
  },
  {
    key: 'viewer',
    email: 'viewer@demo.example',
    name: 'Vera Viewer',
    role: 'viewer, Parliament of Valdoria',
  },
  {
    key: 'learner',
    email: 'learner@demo.example',
    name: 'Leo Learner',
    role: 'learner (no parliament role)',
  },
  {
    key: 'lead2',
    email: 'lead.azanu@demo.example',
    name: 'Amara Lead',
    role: 'lead respondent, National Assembly of Azanu',
  },
  {
    key: 'coordinator2',
    email: 'coordinator.africa@demo.example',
    name: 'Sipho Coordinator',
    role: 'coordinator of Demo hub: southern Africa',
  },
] as const;
